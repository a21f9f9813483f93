package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.lessonsportal.domain.search.Facet;
import org.lessonsportal.domain.search.SearchParameters;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.shared.DomainException;

/**
 * A search as the query string of an address, so a search can be bookmarked and shared, and the same search can be
 * followed: {@code lessons?q=fax&projectType=fax-removal&region=london&sort=newest&page=2}. Names, values and rules
 * are {@link SearchParameters}', the same the open API and saved searches use; this class only puts them into
 * Vaadin's {@link QueryParameters} and an address. Pages count from 1 in addresses (people read them).
 */
public final class SearchLinks {

    public static final String TEXT = SearchParameters.TEXT;
    public static final String PROJECT_TYPE = Facet.PROJECT_TYPE.parameterName();
    public static final String SETTING = Facet.SETTING.parameterName();

    private SearchLinks() {
    }

    /** The query string's parameters of a search (page size is not part of it). Empty values are left out. */
    public static QueryParameters toParameters(SearchQuery query) {
        return new QueryParameters(SearchParameters.forAddresses(query.size()).encode(query));
    }

    /** The search's address: {@code lessons?...}. */
    public static String searchAddress(SearchQuery query) {
        String queryString = toParameters(query).getQueryString();
        return PortalRoutes.SEARCH + (queryString.isEmpty() ? "" : "?" + queryString);
    }

    /**
     * The search an address's parameters describe, with the given page size.
     *
     * @throws DomainException with a plain-English message when a value in the address cannot be used
     */
    public static SearchQuery fromParameters(QueryParameters parameters, int size) {
        return SearchParameters.forAddresses(size).decode(parameters.getParameters());
    }

    /** The words of an address as they were written, before cleaning (to show them back in the search box). */
    public static String typedText(QueryParameters parameters) {
        List<String> values = parameters.getParameters().getOrDefault(TEXT, List.of());
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }
}
