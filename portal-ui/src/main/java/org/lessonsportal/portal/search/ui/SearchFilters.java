package org.lessonsportal.portal.search.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import java.util.EnumMap;
import java.util.Map;
import org.lessonsportal.domain.search.Facet;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.search.SearchResults;

/**
 * The filters beside the results: one {@link FacetFilter} per facet, shown once a search has counts for it, and a
 * "Clear filters" link while any filter is chosen.
 */
class SearchFilters extends Section {

    private final Anchor clearFilters = new Anchor();
    private final Map<Facet, FacetFilter> facets = new EnumMap<>(Facet.class);

    SearchFilters(FacetFilter.Toggle toggle) {
        setId("search-filters");
        addClassName("search-filters");
        H2 heading = new H2("Filter results");
        heading.setId("search-filters-title");
        getElement().setAttribute("aria-labelledby", "search-filters-title");
        add(heading);
        clearFilters.setText("Clear filters");
        clearFilters.setId("clear-filters");
        clearFilters.addClassName("search-filters__clear");
        clearFilters.setVisible(false);
        add(clearFilters);
        for (Facet facet : Facet.values()) {
            FacetFilter filter = new FacetFilter(facet, toggle);
            filter.setVisible(false);
            facets.put(facet, filter);
            add(filter);
        }
    }

    /** The counts of a search that ran. */
    void show(SearchResults found, SearchQuery query) {
        for (FacetFilter filter : facets.values()) {
            filter.update(found.facet(filter.facet()));
        }
        showClear(query);
    }

    /** No counts: the search could not run. */
    void clear(SearchQuery query) {
        facets.values().forEach(FacetFilter::clear);
        showClear(query);
    }

    private void showClear(SearchQuery query) {
        clearFilters.setHref(SearchLinks.searchAddress(query.withoutFilters()));
        clearFilters.setVisible(query.hasFilters());
    }

    FacetFilter facet(Facet facet) {
        return facets.get(facet);
    }
}
