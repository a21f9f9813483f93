package org.lessonsportal.portal.search.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.search.SearchResults;

/**
 * The pages of a search's results: "Previous page", "Page 2 of 5", "Next page". They are links, so each page has an
 * address of its own and Back returns to the page before.
 */
class SearchPager extends Nav {

    private final Anchor previous = new Anchor();
    private final Anchor next = new Anchor();
    private final Span pageOf = new Span();

    SearchPager() {
        setId("search-pages");
        addClassName("search-pages");
        getElement().setAttribute("aria-label", "Pages of results");
        previous.setId("previous-page");
        previous.setText("Previous page");
        previous.addClassName("search-pages__previous");
        next.setId("next-page");
        next.setText("Next page");
        next.addClassName("search-pages__next");
        pageOf.setId("page-status");
        add(previous, pageOf, next);
    }

    /** Shows the pager when the results fill more than one page and this page has some of them. */
    void show(SearchResults found, SearchQuery query) {
        int pages = found.totalPages();
        if (pages <= 1 || found.items().isEmpty()) {
            setVisible(false);
            return;
        }
        setVisible(true);
        int page = query.page();
        pageOf.setText("Page " + (page + 1) + " of " + pages);
        previous.setVisible(page > 0);
        previous.setHref(SearchLinks.searchAddress(query.toBuilder().page(Math.max(0, page - 1)).build()));
        next.setVisible(found.hasNextPage());
        next.setHref(SearchLinks.searchAddress(query.toBuilder().page(page + 1).build()));
    }
}
