package org.lessonsportal.portal.search.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lessonsportal.domain.search.Facet;
import org.lessonsportal.domain.search.SearchParameters;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.portal.base.ui.PortalRoutes;

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
    /**
     * On a lesson's address, the search it was found by (that search's own query string, as one value), so the
     * lesson's page can lead back to the same search, filters and page: {@code lessons/42?search=q%3Dfax%26page%3D2}.
     */
    public static final String FROM_SEARCH = "search";

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

    /** A lesson's address that remembers the search it was found by ({@link #FROM_SEARCH}). */
    public static String lessonFoundBy(Long lessonId, SearchQuery query) {
        String search = toParameters(query).getQueryString();
        return PortalRoutes.lesson(lessonId) + "?"
                + new QueryParameters(Map.of(FROM_SEARCH, List.of(search))).getQueryString();
    }

    /**
     * The address of the search a lesson's page was reached from, read from the lesson's address; empty when it was
     * not reached from a search, or the search it names cannot be used. The address is made anew from the search (it
     * always leads to the search page, whatever the parameter holds).
     */
    public static Optional<String> searchFoundFrom(QueryParameters lessonParameters) {
        List<String> values = lessonParameters.getParameters().getOrDefault(FROM_SEARCH, List.of());
        if (values.isEmpty() || values.get(0) == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(searchAddress(fromParameters(QueryParameters.fromString(values.get(0)), 1)));
        } catch (DomainException | IllegalArgumentException cannotUse) {
            return Optional.empty();
        }
    }
}
