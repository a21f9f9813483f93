package org.lessonsportal.domain.taxonomy;

import java.util.Arrays;
import java.util.Optional;

/** Looks taxonomy values up by their code. */
public final class Codes {

    private Codes() {
    }

    public static <E extends Enum<E> & Labelled> Optional<E> find(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim();
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(wanted)).findFirst();
    }

    static String codeOf(Enum<?> e) {
        return e.name().toLowerCase().replace('_', '-');
    }
}
