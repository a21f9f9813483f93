package org.lessonsportal.domain.search;

import lombok.RequiredArgsConstructor;

/** How search results are ordered. */
@RequiredArgsConstructor
public enum SearchSort {
    /** Best match first (newest first among equals). Without search words, the same as {@link #NEWEST}. */
    RELEVANCE("Best match"),
    /** Most recently published first. */
    NEWEST("Newest");

    private final String label;

    public String label() {
        return label;
    }
}
