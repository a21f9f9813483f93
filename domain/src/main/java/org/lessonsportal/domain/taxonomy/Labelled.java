package org.lessonsportal.domain.taxonomy;

/** A taxonomy value: a stable code used in files and URLs, and a plain-English label for people. */
public interface Labelled {

    /** The stable code, e.g. {@code electronic-patient-record}. */
    String code();

    /** The plain-English label, e.g. "Electronic patient record (EPR)". */
    String label();
}
