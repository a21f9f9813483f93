package org.lessonsportal.domain.search;

/**
 * What to try when a search finds nothing.
 *
 * @param message plain English, e.g. "Search for fax removal instead"
 * @param query   the search to run if the person follows it, or {@code null} for advice only
 * @param count   how many lessons that search finds ({@code 0} for advice only)
 */
public record Suggestion(Kind kind, String message, SearchQuery query, long count) {

    public enum Kind {
        /** The words corrected to ones the lessons use. */
        SPELLING,
        /** The same words without the filters. */
        REMOVE_FILTERS,
        /** Advice: fewer or more general words. */
        FEWER_WORDS
    }
}
