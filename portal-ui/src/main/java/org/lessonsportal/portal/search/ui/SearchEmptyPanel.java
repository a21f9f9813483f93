package org.lessonsportal.portal.search.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.search.SearchResults;
import org.lessonsportal.domain.search.Suggestion;

/**
 * What the search page shows instead of results: that nothing is published yet, that nothing matches (with the
 * searches worth trying as links, and tips), or that the page asked for is past the last one (with the way back).
 */
class SearchEmptyPanel extends Div {

    SearchEmptyPanel() {
        setId("no-results");
        addClassName("panel");
    }

    /** Empties and hides the panel: there are results, or a problem to show instead. */
    void clear() {
        removeAll();
        setVisible(false);
    }

    /** The search found no lesson at all. */
    void showNoMatch(SearchResults found, SearchQuery query) {
        removeAll();
        boolean nothingPublished = query.text().isBlank() && !query.hasFilters();
        if (nothingPublished) {
            add(new H2("No lessons have been published yet"));
            add(new Paragraph("When you finish a project, share what you learned: start a new lesson from the "
                    + "menu. Lessons appear here once they are reviewed and published."));
            setVisible(true);
            return;
        }
        add(new H2("No lessons match your search"));
        List<Suggestion> links = found.suggestions().stream().filter(s -> s.query() != null).toList();
        List<String> advice = new ArrayList<>(found.suggestions().stream().filter(s -> s.query() == null)
                .map(Suggestion::message).toList());
        if (!links.isEmpty()) {
            add(new Paragraph("You could:"));
            UnorderedList list = new UnorderedList();
            list.setId("search-suggestions");
            list.addClassName("search-suggestions");
            for (Suggestion suggestion : links) {
                Anchor link = new Anchor(SearchLinks.searchAddress(suggestion.query().toBuilder()
                        .size(SearchView.PAGE_SIZE).page(0).build()), suggestion.message());
                link.addClassName("search-suggestion--" + suggestion.kind().name().toLowerCase(Locale.ROOT)
                        .replace('_', '-'));
                list.add(new ListItem(link));
            }
            add(list);
        }
        add(new H3("Search tips"), tips(advice, query));
        setVisible(true);
    }

    private static UnorderedList tips(List<String> advice, SearchQuery query) {
        UnorderedList tips = new UnorderedList();
        tips.setId("search-tips");
        for (String line : advice) {
            tips.add(new ListItem(line.endsWith(".") ? line : line + "."));
        }
        tips.add(new ListItem("Check the spelling of your words."));
        if (advice.isEmpty() && !query.text().isBlank()) {
            tips.add(new ListItem("Use fewer words, or more general ones."));
        }
        tips.add(new ListItem("Search for the name of a system or a type of project, such as EPR, e-prescribing or "
                + "fax removal. Common abbreviations, such as A&E or EHR, find the words lessons use."));
        if (query.hasFilters()) {
            ListItem remove = new ListItem(new Span("Remove a filter, or "));
            Anchor clear = new Anchor(SearchLinks.searchAddress(query.withoutFilters()), "clear all filters");
            clear.setId("empty-clear-filters");
            remove.add(clear);
            remove.add(new Span("."));
            tips.add(remove);
        }
        return tips;
    }

    /** The search found lessons, but fewer than the page asked for starts at. */
    void showBeyondLastPage(SearchResults found, SearchQuery query) {
        removeAll();
        int pages = found.totalPages();
        add(new H2("There is no page " + (query.page() + 1) + " of this search"));
        add(new Paragraph(pages == 1 ? "It has 1 page." : "It has " + pages + " pages."));
        Anchor first = new Anchor(SearchLinks.searchAddress(query.toBuilder().page(0).build()),
                "Go to the first page");
        first.setId("first-page");
        Anchor last = new Anchor(SearchLinks.searchAddress(query.toBuilder().page(Math.max(0, pages - 1)).build()),
                "Go to the last page");
        last.setId("last-page");
        UnorderedList list = new UnorderedList(new ListItem(first));
        if (pages > 1) {
            list.add(new ListItem(last));
        }
        add(list);
        setVisible(true);
    }
}
