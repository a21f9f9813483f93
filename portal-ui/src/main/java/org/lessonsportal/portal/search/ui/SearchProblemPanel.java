package org.lessonsportal.portal.search.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.portal.base.ui.PortalRoutes;

/**
 * A search that could not run (an address the search cannot use, or a search the index refused), said in plain words
 * as an alert, with the ways on: the same words without filters, or a new search.
 */
class SearchProblemPanel extends Div {

    SearchProblemPanel() {
        setId("search-problem");
        addClassNames("panel", "panel--error");
        getElement().setAttribute("role", "alert");
    }

    /** @param wrongAddress the address, rather than the search, was wrong: offer its words alone */
    void show(String message, boolean wrongAddress, SearchQuery current) {
        removeAll();
        add(new H2("We could not run this search"));
        Paragraph what = new Paragraph(message);
        what.setId("search-problem-message");
        add(what);
        UnorderedList ways = new UnorderedList();
        if (current.hasFilters() || wrongAddress) {
            Anchor without = new Anchor(SearchLinks.searchAddress(current.withoutFilters()),
                    current.text().isBlank() ? "Show every lesson, without filters"
                            : "Search for the same words without filters");
            without.setId("search-without-filters");
            ways.add(new ListItem(without));
        }
        Anchor restart = new Anchor(PortalRoutes.SEARCH, "Start a new search");
        restart.setId("search-start-again");
        ways.add(new ListItem(restart));
        add(ways);
        setVisible(true);
    }
}
