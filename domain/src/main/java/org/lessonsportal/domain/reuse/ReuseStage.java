package org.lessonsportal.domain.reuse;

import lombok.RequiredArgsConstructor;

/** How far an organisation is with the project for which it reuses a lesson. */
@RequiredArgsConstructor
public enum ReuseStage {
    PLANNING("Planning"),
    UNDER_WAY("Under way"),
    DONE("Done");

    private final String label;

    /** "Under way" */
    public String label() {
        return label;
    }
}
