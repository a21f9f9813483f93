package org.lessonsportal.domain.taxonomy;

/** The care setting a lesson applies to (also an organisation's type). */
public enum Setting implements Labelled {
    ACUTE("Acute hospital"),
    MENTAL_HEALTH("Mental health"),
    COMMUNITY("Community health"),
    PRIMARY_CARE("Primary care (GP)"),
    AMBULANCE("Ambulance"),
    INTEGRATED_CARE_BOARD("Integrated care board"),
    SPECIALIST("Specialist"),
    SOCIAL_CARE("Social care");

    private final String label;

    Setting(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
