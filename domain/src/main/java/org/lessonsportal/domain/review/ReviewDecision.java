package org.lessonsportal.domain.review;

import lombok.RequiredArgsConstructor;

/** What a reviewer recommends for the round they reviewed. */
@RequiredArgsConstructor
public enum ReviewDecision {
    APPROVE("Approve"),
    REQUEST_CHANGES("Ask for changes"),
    DECLINE("Decline");

    private final String label;

    public String label() {
        return label;
    }
}
