package org.lessonsportal.domain.review;

/** What a reviewer recommends for the round they reviewed. */
public enum ReviewDecision {
    APPROVE("Approve"),
    REQUEST_CHANGES("Ask for changes"),
    DECLINE("Decline");

    private final String label;

    ReviewDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
