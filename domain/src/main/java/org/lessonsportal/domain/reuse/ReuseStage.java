package org.lessonsportal.domain.reuse;

/** How far an organisation is with the project for which it reuses a lesson. */
public enum ReuseStage {
    PLANNING("Planning"),
    UNDER_WAY("Under way"),
    DONE("Done");

    private final String label;

    ReuseStage(String label) {
        this.label = label;
    }

    /** "Under way" */
    public String label() {
        return label;
    }
}
