package org.lessonsportal.domain.taxonomy;

import lombok.RequiredArgsConstructor;

/** The care setting a lesson applies to (also an organisation's type). */
@RequiredArgsConstructor
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

    @Override
    public String label() {
        return label;
    }
}
