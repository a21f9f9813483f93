package org.lessonsportal.domain.organisation;

import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.taxonomy.Labelled;

/** What kind of organisation an ODS row describes, from the file it came from (and, in the ICB file, its code). */
@RequiredArgsConstructor
public enum OdsKind implements Labelled {
    NHS_TRUST("NHS trust"),
    GP_PRACTICE("GP practice"),
    INTEGRATED_CARE_BOARD("Integrated care board"),
    SUB_ICB_LOCATION("Sub-ICB location");

    private final String label;

    @Override
    public String label() {
        return label;
    }
}
