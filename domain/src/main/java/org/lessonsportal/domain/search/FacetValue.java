package org.lessonsportal.domain.search;

/**
 * One value of a facet with how many lessons have it.
 *
 * @param code     what to put in the {@link SearchQuery}'s filter to choose it
 * @param label    what to show
 * @param count    lessons with this value among those matching the search and the other facets' filters (so
 *                 choosing a second value of the same facet shows what it adds)
 * @param selected whether the query already filters on it
 */
public record FacetValue(String code, String label, long count, boolean selected) {
}
