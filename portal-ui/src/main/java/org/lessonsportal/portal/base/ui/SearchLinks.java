package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lessonsportal.domain.search.Facet;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.search.SearchSort;

/**
 * A search as the query string of an address, so a search can be bookmarked and shared, and the same search can be
 * followed: {@code lessons?q=fax&projectType=fax-removal&region=london&sort=newest&page=2}. The names are the open
 * API's where it has them ({@code q}, {@code projectType}, {@code setting}, {@code region}, {@code sort},
 * {@code page}); a filter with several values repeats its name. Pages count from 1 in addresses (people read them).
 * <p>
 * Reading is forgiving: unknown names are ignored, a page or year that is not a number is dropped, so an edited or
 * truncated address still shows a search rather than an error. Unknown codes are left to the search, which names them.
 */
public final class SearchLinks {

    public static final String TEXT = "q";
    public static final String PROJECT_TYPE = Facet.PROJECT_TYPE.parameterName();
    public static final String SETTING = Facet.SETTING.parameterName();
    public static final String SORT = "sort";
    public static final String PAGE = "page";

    private SearchLinks() {
    }

    /** The query string's parameters of a search (page size is not part of it). Empty values are left out. */
    public static QueryParameters toParameters(SearchQuery query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (query.text() != null && !query.text().isBlank()) {
            parameters.put(TEXT, List.of(query.text()));
        }
        for (Facet facet : Facet.values()) {
            put(parameters, facet.parameterName(), facet.selectedIn(query));
        }
        if (query.sort() == SearchSort.NEWEST) {
            parameters.put(SORT, List.of("newest"));
        }
        if (query.page() > 0) {
            parameters.put(PAGE, List.of(String.valueOf(query.page() + 1)));
        }
        return new QueryParameters(parameters);
    }

    /** The search's address: {@code lessons?...}. */
    public static String searchAddress(SearchQuery query) {
        String queryString = toParameters(query).getQueryString();
        return PortalRoutes.SEARCH + (queryString.isEmpty() ? "" : "?" + queryString);
    }

    /** The search an address's parameters describe, with the given page size. */
    public static SearchQuery fromParameters(QueryParameters parameters, int size) {
        Map<String, List<String>> values = parameters.getParameters();
        SearchQuery.Builder builder = SearchQuery.builder().text(first(values, TEXT)).size(size);
        for (Facet facet : Facet.values()) {
            builder.filter(facet, all(values, facet.parameterName()));
        }
        String sort = first(values, SORT);
        builder.sort("newest".equals(sort.toLowerCase(Locale.ROOT)) ? SearchSort.NEWEST : SearchSort.RELEVANCE);
        int page = number(first(values, PAGE)).orElse(1);
        builder.page(Math.max(0, Math.min(page - 1, SearchQuery.MAX_RESULT_WINDOW / Math.max(1, size) - 1)));
        return builder.build();
    }

    private static void put(Map<String, List<String>> parameters, String name, Set<String> values) {
        put(parameters, name, values.stream().sorted().toList());
    }

    private static void put(Map<String, List<String>> parameters, String name, List<String> values) {
        if (!values.isEmpty()) {
            parameters.put(name, values);
        }
    }

    private static String first(Map<String, List<String>> values, String name) {
        List<String> found = values.getOrDefault(name, List.of());
        return found.isEmpty() || found.get(0) == null ? "" : found.get(0);
    }

    private static List<String> all(Map<String, List<String>> values, String name) {
        return values.getOrDefault(name, List.of()).stream()
                .filter(value -> value != null && !value.isBlank()).map(String::strip).distinct().toList();
    }

    private static java.util.Optional<Integer> number(String text) {
        try {
            return text == null || text.isBlank() ? java.util.Optional.empty()
                    : java.util.Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException notANumber) {
            return java.util.Optional.empty();
        }
    }
}
