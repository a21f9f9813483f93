package org.lessonsportal.domain.taxonomy;

import java.util.Optional;

/**
 * Looks taxonomy values up by their code: kept for the callers not yet moved to {@link Labelled#find}, which does
 * the work.
 */
public final class Codes {

    private Codes() {
    }

    public static <E extends Enum<E> & Labelled> Optional<E> find(Class<E> type, String code) {
        return Labelled.find(type, code);
    }
}
