package org.lessonsportal.portal.search.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import org.lessonsportal.domain.search.Facet;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.search.SearchResults;
import org.lessonsportal.domain.search.SearchSort;
import org.lessonsportal.portal.base.ui.PortalRoutes;

/**
 * The results side of the search page: the count (a polite live region, so a change made on the page is announced),
 * the order, "Follow this search", the note when only some words matched, and then the results, what to try when there
 * are none, or the problem that stopped the search, and the pages.
 */
class SearchResultsColumn extends Div {

    final Select<SearchSort> sort = new Select<>();
    private final Paragraph status = new Paragraph();
    private final Paragraph partial = new Paragraph();
    private final Anchor follow = new Anchor();
    private final SearchProblemPanel problem = new SearchProblemPanel();
    private final UnorderedList results = new UnorderedList();
    private final SearchEmptyPanel empty = new SearchEmptyPanel();
    private final SearchPager pager = new SearchPager();

    SearchResultsColumn() {
        addClassName("search-results");
        setId("search-results");

        Div bar = new Div();
        bar.addClassName("search-results__bar");
        status.setId("search-status");
        status.addClassName("search-results__status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        status.getElement().setAttribute("aria-atomic", "true");
        status.getElement().setAttribute("tabindex", "-1");
        sort.setId("search-sort");
        sort.setLabel("Sort by");
        sort.setItems(SearchSort.values());
        sort.setItemLabelGenerator(SearchSort::label);
        sort.setValue(SearchSort.RELEVANCE);
        bar.add(status, sort);
        add(bar);

        follow.setText("Follow this search");
        follow.setId("follow-search");
        follow.addClassName("search-results__follow");
        partial.setId("search-partial");
        partial.addClassName("panel");
        partial.addClassName("panel--warning");
        results.setId("lesson-list");
        results.addClassNames("card-list", "search-results__list");

        add(follow, partial, problem, results, empty, pager);
    }

    /** The results of a search that ran. */
    void show(SearchResults found, SearchQuery query) {
        problem.setVisible(false);
        sort.setVisible(true);

        boolean hasWords = !query.text().isBlank();
        status.setText(statusText(found.total(), query));
        status.setVisible(true);
        follow.setHref(PortalRoutes.FOLLOWING + "?" + SearchLinks.toParameters(query.toBuilder().page(0).build())
                .getQueryString());
        follow.setVisible(hasWords || query.hasFilters());
        partial.setVisible(found.partialMatch() && !found.isEmpty());
        partial.setText(partialText(found.allWordsCount()));

        results.removeAll();
        if (found.isEmpty()) {
            results.setVisible(false);
            empty.showNoMatch(found, query);
        } else if (found.items().isEmpty()) {
            results.setVisible(false);
            empty.showBeyondLastPage(found, query);
        } else {
            empty.clear();
            results.setVisible(true);
            found.items().forEach(hit -> results.add(new SearchResultCard(hit, query)));
        }
        pager.show(found, query);
    }

    /** @param wrongAddress the address, rather than the search, was wrong: offer its words alone */
    void showProblem(String message, boolean wrongAddress, SearchQuery current) {
        status.setText("");
        status.setVisible(false);
        follow.setVisible(false);
        partial.setVisible(false);
        results.removeAll();
        results.setVisible(false);
        empty.clear();
        pager.setVisible(false);
        problem.show(message, wrongAddress, current);
    }

    /** Moves the keyboard focus to the count, above the results. */
    void focusStatus() {
        status.getElement().callJsFunction("focus");
    }

    String status() {
        return status.getText();
    }

    List<String> shownTitles() {
        return results.getChildren().map(card -> card.getElement().getChild(0).getTextRecursively()).toList();
    }

    private static String statusText(long total, SearchQuery query) {
        String count = total == 0 ? "No lessons found"
                : (total == 1 ? "1 lesson found" : String.format(Locale.UK, "%,d lessons found", total));
        String words = query.text().strip();
        StringBuilder text = new StringBuilder(count);
        if (!words.isEmpty()) {
            text.append(" for ").append(quoted(words, 80));
        }
        int filters = 0;
        for (Facet facet : Facet.values()) {
            filters += facet.selectedIn(query).size();
        }
        if (filters > 0) {
            text.append(filters == 1 ? " with 1 filter" : " with " + filters + " filters");
        }
        return text.toString();
    }

    /** The words in quotes, cut to {@code max} characters. */
    static String quoted(String words, int max) {
        String shown = words.codePointCount(0, words.length()) <= max ? words
                : words.substring(0, words.offsetByCodePoints(0, max)).strip() + "…";
        return "‘" + shown + "’";
    }

    /** What the page says when the search widened to lessons that match some of the words. */
    static String partialText(long allWordsCount) {
        String some = "Showing lessons that match some of your words. Each one says which of your words it "
                + "does not mention.";
        if (allWordsCount == 0) {
            return "No lesson has all, or nearly all, of your words. " + some;
        }
        return (allWordsCount == 1 ? "Only 1 lesson has" : "Only " + allWordsCount + " lessons have")
                + " all, or nearly all, of your words. " + some;
    }
}
