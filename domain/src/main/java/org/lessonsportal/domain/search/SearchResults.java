package org.lessonsportal.domain.search;

import java.util.List;

/**
 * One page of search results.
 *
 * @param query        the query as run (after validation)
 * @param total        how many published lessons match
 * @param items        this page's lessons
 * @param facets       counts per facet value, in the order of {@link Facet}
 * @param partialMatch {@code true} when the search widened to lessons with some of the words, because few or none
 *                     had (nearly) all of them (say so on the page); lessons with more of the words rank higher
 * @param allWordsCount how many of the lessons found have (nearly) all the words: all of them unless the search
 *                     widened
 * @param suggestions  what to try instead, when nothing matched (empty otherwise)
 */
public record SearchResults(SearchQuery query, long total, List<SearchHit> items, List<FacetGroup> facets,
        boolean partialMatch, long allWordsCount, List<Suggestion> suggestions) {

    public SearchResults {
        items = List.copyOf(items);
        facets = List.copyOf(facets);
        suggestions = List.copyOf(suggestions);
    }

    public boolean isEmpty() {
        return total == 0;
    }

    public int page() {
        return query.page();
    }

    /** Pages that can be shown (at most {@link SearchQuery#MAX_RESULT_WINDOW} results). */
    public int totalPages() {
        long reachable = Math.min(total, SearchQuery.MAX_RESULT_WINDOW);
        return (int) ((reachable + query.size() - 1) / query.size());
    }

    public boolean hasNextPage() {
        return query.page() + 1 < totalPages();
    }

    public FacetGroup facet(Facet facet) {
        return facets.stream().filter(g -> g.facet() == facet).findFirst()
                .orElse(new FacetGroup(facet, List.of()));
    }
}
