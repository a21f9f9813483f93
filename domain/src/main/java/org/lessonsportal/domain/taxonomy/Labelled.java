package org.lessonsportal.domain.taxonomy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A taxonomy value: a stable code used in files and URLs, and a plain-English label for people. The taxonomies are
 * enums; the code is derived from the constant's name here, once, so the enums only list their values and labels.
 */
public interface Labelled {

    /** The enum constant's name, e.g. {@code ELECTRONIC_PATIENT_RECORD} (every enum has it). */
    String name();

    /** The plain-English label, e.g. "Electronic patient record (EPR)". */
    String label();

    /** The stable code, e.g. {@code electronic-patient-record}: the name in lower case, with hyphens. */
    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The value of a taxonomy with this code (surrounding blanks ignored); empty for an unknown code or none. */
    static <E extends Enum<E> & Labelled> Optional<E> find(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim();
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(wanted)).findFirst();
    }
}
