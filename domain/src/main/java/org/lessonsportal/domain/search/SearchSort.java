package org.lessonsportal.domain.search;

/** How search results are ordered. */
public enum SearchSort {
    /** Best match first (newest first among equals). Without search words, the same as {@link #NEWEST}. */
    RELEVANCE("Best match"),
    /** Most recently published first. */
    NEWEST("Newest");

    private final String label;

    SearchSort(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
