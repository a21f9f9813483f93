package org.lessonsportal.portal.search.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lessonsportal.domain.search.Facet;
import org.lessonsportal.domain.search.Passage;
import org.lessonsportal.domain.search.SearchHit;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.search.SearchResults;
import org.lessonsportal.domain.search.SearchService;
import org.lessonsportal.domain.search.SearchSort;
import org.lessonsportal.domain.search.Suggestion;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.portal.base.ui.Formats;
import org.lessonsportal.portal.base.ui.MainLayout;
import org.lessonsportal.portal.base.ui.OpenWithoutOrganisation;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.portal.base.ui.SearchLinks;

/**
 * Search of the published lessons (it replaced the simple list of lessons, at the same address): words, facets with
 * counts, best match or newest first, pages, passages with the matching words marked, and, when nothing matches,
 * what to try instead. The address holds the whole search ({@link SearchLinks}), so a search can be bookmarked and
 * shared. A change made on the page (words, a facet, the order) is shown in place, so the keyboard focus stays where it
 * was and the count is announced, and gets an address of its own in the browser's history, so Back returns to the
 * search before; pages, suggestions and "Clear filters" are links. Without words it lists every published lesson,
 * newest first.
 */
@OpenWithoutOrganisation
@Route(value = PortalRoutes.SEARCH, layout = MainLayout.class)
@PermitAll
class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 10;
    static final int PASSAGES = 3;
    /** The search the browser tab showed last, to tell a new page of the same search from another search. */
    private static final String LAST_SHOWN = SearchView.class.getName() + ".lastShown";
    /** Screens narrower than this show the facets closed, above the results (the theme's breakpoint). */
    private static final String NARROW = "(max-width: 47.99rem)";

    private final SearchService search;

    final TextField text = new TextField("Search lessons");
    final Button submit = new Button("Search");
    final Select<SearchSort> sort = new Select<>();
    private final Paragraph longText = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final Paragraph partial = new Paragraph();
    private final Anchor follow = new Anchor();
    private final Anchor clearFilters = new Anchor();
    private final Div problem = new Div();
    private final UnorderedList results = new UnorderedList();
    private final Div empty = new Div();
    private final Nav pager = new Nav();
    private final Anchor previous = new Anchor();
    private final Anchor next = new Anchor();
    private final Span pageOf = new Span();
    private final Map<Facet, FacetFilter> facets = new EnumMap<>(Facet.class);

    private SearchQuery current = SearchQuery.builder().size(PAGE_SIZE).build();
    private String address = PortalRoutes.SEARCH;
    private boolean rendering;

    SearchView(SearchService search) {
        this.search = search;
        addClassNames("search-page", MainLayout.WIDE);
        add(new H1("Search lessons"));
        Paragraph lede = new Paragraph("What other NHS organisations learned from digital projects they finished. "
                + "Search by words, then narrow the results with the filters.");
        lede.addClassName("lede");
        add(lede);
        add(searchBox());

        Div layout = new Div();
        layout.addClassName("search-layout");
        layout.add(filters(), resultsColumn());
        add(layout);
    }

    // ---------------------------------------------------------------------------------------------------- building

    private Component searchBox() {
        Div box = new Div();
        box.addClassName("search-box");
        box.getElement().setAttribute("role", "search");
        text.setId("search-text");
        text.setClearButtonVisible(true);
        // every keystroke reaches the server, so Enter (a shortcut, sent on key down) searches for what is typed
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.setHelperText("Words from a lesson, the name of a system, or \"words in quotes\" to find them together.");
        text.setWidthFull();
        submit.setId("search-button");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(event -> submitWords());
        submit.addClickShortcut(Key.ENTER).listenOn(text);
        box.add(text, submit);
        longText.setId("search-long-text");
        longText.addClassName("hint");
        longText.setVisible(false);
        Div wrapper = new Div(box, longText);
        wrapper.addClassName("search-form");
        return wrapper;
    }

    private Component filters() {
        Section section = new Section();
        section.setId("search-filters");
        section.addClassName("search-filters");
        H2 heading = new H2("Filter results");
        heading.setId("search-filters-title");
        section.getElement().setAttribute("aria-labelledby", "search-filters-title");
        section.add(heading);
        clearFilters.setText("Clear filters");
        clearFilters.setId("clear-filters");
        clearFilters.addClassName("search-filters__clear");
        clearFilters.setVisible(false);
        section.add(clearFilters);
        for (Facet facet : Facet.values()) {
            FacetFilter filter = new FacetFilter(facet, this::toggled);
            filter.setVisible(false);
            facets.put(facet, filter);
            section.add(filter);
        }
        return section;
    }

    private Component resultsColumn() {
        Div column = new Div();
        column.addClassName("search-results");
        column.setId("search-results");

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
        sort.addValueChangeListener(event -> {
            if (!rendering && event.getValue() != null && event.getValue() != current.sort()) {
                apply(current.toBuilder().sort(event.getValue()).page(0).build());
            }
        });
        bar.add(status, sort);
        column.add(bar);

        follow.setText("Follow this search");
        follow.setId("follow-search");
        follow.addClassName("search-results__follow");
        partial.setId("search-partial");
        partial.addClassName("panel");
        partial.addClassName("panel--warning");
        problem.setId("search-problem");
        problem.addClassNames("panel", "panel--error");
        problem.getElement().setAttribute("role", "alert");
        results.setId("lesson-list");
        results.addClassNames("card-list", "search-results__list");
        empty.setId("no-results");
        empty.addClassName("panel");

        pager.setId("search-pages");
        pager.addClassName("search-pages");
        pager.getElement().setAttribute("aria-label", "Pages of results");
        previous.setId("previous-page");
        previous.setText("Previous page");
        previous.addClassName("search-pages__previous");
        next.setId("next-page");
        next.setText("Next page");
        next.addClassName("search-pages__next");
        pageOf.setId("page-status");
        pager.add(previous, pageOf, next);

        column.add(follow, partial, problem, results, empty, pager);
        return column;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // On a phone the filters sit above the results, closed, so the results are a short scroll away.
        getElement().executeJs("if (window.matchMedia && window.matchMedia($0).matches) {"
                + " this.querySelectorAll('details.search-facet').forEach(d => { d.open = false; }); }", NARROW);
    }

    // -------------------------------------------------------------------------------------------------- the address

    /**
     * Opening the page, following a link to it (a page of results, a suggestion) or going Back to it. An address the
     * search cannot use (an unknown code, a year that is not one) is explained in the page, with the same words
     * without what was wrong as the way on.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        String typed = SearchLinks.typedText(parameters);
        SearchQuery query;
        String wrong = null;
        try {
            query = SearchLinks.fromParameters(parameters, PAGE_SIZE);
        } catch (DomainException cannotUse) {
            query = SearchQuery.builder().text(SearchQuery.cleanText(typed, SearchQuery.MAX_TEXT_LENGTH))
                    .size(PAGE_SIZE).build();
            wrong = cannotUse.getMessage();
        }
        UI ui = event.getUI();
        SearchQuery before = (SearchQuery) ComponentUtil.getData(ui, LAST_SHOWN);
        boolean turnedPage = wrong == null && before != null && before.page() != query.page()
                && before.toBuilder().page(0).build().equals(query.toBuilder().page(0).build());
        String asWritten = parameters.getQueryString();
        address = wrong == null ? SearchLinks.searchAddress(query)
                : PortalRoutes.SEARCH + (asWritten.isEmpty() ? "" : "?" + asWritten);
        rendering = true;
        try {
            text.setValue(typed);
        } finally {
            rendering = false;
        }
        render(query, wrong);
        if (turnedPage) {
            // a new page of the same search: start reading at the count, above the new results
            status.getElement().callJsFunction("focus");
        }
    }

    /** A change made on the page (words, a facet, the order): shown in place, with an address of its own. */
    private void apply(SearchQuery query) {
        render(query);
        address = SearchLinks.searchAddress(query);
        getUI().ifPresent(ui -> {
            Location location = new Location(PortalRoutes.SEARCH, SearchLinks.toParameters(query));
            ui.getPage().getHistory().pushState(null, location);
            ui.getInternals().setLastHandledNavigation(location);
            ui.getPage().setTitle(getPageTitle());
        });
    }

    private void render(SearchQuery query) {
        render(query, null);
    }

    /** Shows a search's results, or the problem with its address when {@code wrongAddress} says what it is. */
    private void render(SearchQuery query, String wrongAddress) {
        current = query;
        getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent()))
                .ifPresent(ui -> ComponentUtil.setData(ui, LAST_SHOWN, query));
        rendering = true;
        try {
            String typed = text.getValue() == null ? "" : text.getValue();
            longText.setVisible(typed.length() > SearchQuery.MAX_TEXT_LENGTH);
            longText.setText("Your search was longer than " + SearchQuery.MAX_TEXT_LENGTH
                    + " characters, so we searched for the first " + SearchQuery.MAX_TEXT_LENGTH + " only.");
            sort.setValue(query.sort());
            if (wrongAddress != null) {
                showProblem(wrongAddress, true);
            } else {
                try {
                    show(search.search(query));
                } catch (DomainException wrong) {
                    showProblem(wrong.getMessage(), false);
                }
            }
        } finally {
            rendering = false;
        }
    }

    @Override
    public String getPageTitle() {
        String words = current.text().strip();
        return (words.isEmpty() ? "Search lessons" : "Search lessons for " + quoted(words, 60))
                + (current.page() > 0 ? ", page " + (current.page() + 1) : "") + " - Lessons Portal";
    }

    /** The search shown now. */
    SearchQuery query() {
        return current;
    }

    /** The address of the search shown now, as in the browser's address bar: {@code lessons?q=...}. */
    String address() {
        return address;
    }

    private void submitWords() {
        String value = text.getValue() == null ? "" : text.getValue();
        apply(current.withText(SearchQuery.cleanText(value, SearchQuery.MAX_TEXT_LENGTH)));
    }

    private void toggled(Facet facet, String code, boolean selected) {
        if (rendering) {
            return;
        }
        Set<String> values = new LinkedHashSet<>(facet.selectedIn(current));
        values.removeIf(value -> value.equalsIgnoreCase(code));
        if (selected) {
            values.add(code);
        }
        apply(withFacet(current, facet, values));
    }

    static SearchQuery withFacet(SearchQuery query, Facet facet, Set<String> values) {
        return query.toBuilder().page(0).filter(facet, values).build();
    }

    // --------------------------------------------------------------------------------------------------- showing

    private void show(SearchResults found) {
        SearchQuery query = current;
        problem.setVisible(false);
        for (FacetFilter filter : facets.values()) {
            filter.update(found.facet(filter.facet()));
        }
        clearFilters.setHref(SearchLinks.searchAddress(query.withoutFilters()));
        clearFilters.setVisible(query.hasFilters());
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
        empty.removeAll();
        if (found.isEmpty()) {
            results.setVisible(false);
            showEmpty(found, query);
        } else if (found.items().isEmpty()) {
            results.setVisible(false);
            showBeyondLastPage(found, query);
        } else {
            empty.setVisible(false);
            results.setVisible(true);
            found.items().forEach(hit -> results.add(card(hit)));
        }
        pages(found, query);
    }

    /** @param wrongAddress the address, rather than the search, was wrong: offer its words alone */
    private void showProblem(String message, boolean wrongAddress) {
        facets.values().forEach(FacetFilter::clear);
        clearFilters.setHref(SearchLinks.searchAddress(current.withoutFilters()));
        clearFilters.setVisible(current.hasFilters());
        status.setText("");
        status.setVisible(false);
        follow.setVisible(false);
        partial.setVisible(false);
        results.removeAll();
        results.setVisible(false);
        empty.removeAll();
        empty.setVisible(false);
        pager.setVisible(false);
        problem.removeAll();
        problem.add(new H2("We could not run this search"));
        Paragraph what = new Paragraph(message);
        what.setId("search-problem-message");
        problem.add(what);
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
        problem.add(ways);
        problem.setVisible(true);
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

    private static String quoted(String words, int max) {
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

    private ListItem card(SearchHit hit) {
        ListItem item = new ListItem();
        item.addClassNames("card", "search-result");
        H2 heading = new H2();
        heading.addClassName("search-result__title");
        // the lesson's page offers "Back to your search" (this search, its filters and page)
        Anchor link = new Anchor(SearchLinks.lessonFoundBy(hit.lessonId(), current), Formats.title(hit.title()));
        heading.add(link);
        item.add(heading);

        DescriptionList facts = new DescriptionList();
        facts.addClassNames("facts", "facts--inline");
        String organisation = hit.organisationName() == null ? "" : hit.organisationName();
        if (hit.organisationOdsCode() != null && !hit.organisationOdsCode().isBlank()) {
            organisation = organisation.isBlank() ? hit.organisationOdsCode()
                    : organisation + " (" + hit.organisationOdsCode() + ")";
        }
        fact(facts, "From", organisation);
        fact(facts, "Type of project", hit.projectType() == null ? null : hit.projectType().label());
        fact(facts, "Published", Formats.date(hit.publishedOn()));
        item.add(facts);

        if (hit.summary() != null && !hit.summary().isBlank()) {
            Paragraph summary = new Paragraph(hit.summary());
            summary.addClassName("search-result__summary");
            item.add(summary);
        }
        if (!hit.missingWords().isEmpty()) {
            Paragraph missing = new Paragraph("Does not mention: " + String.join(", ", hit.missingWords()));
            missing.addClassName("search-result__missing");
            item.add(missing);
        }
        List<Passage> passages = hit.passages().stream().filter(p -> !"Title".equals(p.fieldLabel()))
                .limit(PASSAGES).toList();
        if (!passages.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("search-passages");
            list.getElement().setAttribute("aria-label", "Where your words appear");
            passages.forEach(passage -> list.add(passage(passage)));
            item.add(list);
        }
        return item;
    }

    /** A passage as text nodes and {@code <mark>} elements: lesson text is never read as HTML. */
    static ListItem passage(Passage passage) {
        ListItem item = new ListItem();
        item.addClassName("search-passage");
        for (Passage.Segment segment : passage.segments()) {
            if (segment.match()) {
                item.getElement().appendChild(new Element("mark").setText(segment.text()));
            } else {
                item.getElement().appendChild(Element.createText(segment.text()));
            }
        }
        return item;
    }

    private static void fact(DescriptionList facts, String term, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
        }
    }

    private void showEmpty(SearchResults found, SearchQuery query) {
        boolean nothingPublished = query.text().isBlank() && !query.hasFilters();
        if (nothingPublished) {
            empty.add(new H2("No lessons have been published yet"));
            empty.add(new Paragraph("When you finish a project, share what you learned: start a new lesson from the "
                    + "menu. Lessons appear here once they are reviewed and published."));
            empty.setVisible(true);
            return;
        }
        empty.add(new H2("No lessons match your search"));
        List<Suggestion> links = found.suggestions().stream().filter(s -> s.query() != null).toList();
        List<String> advice = new ArrayList<>(found.suggestions().stream().filter(s -> s.query() == null)
                .map(Suggestion::message).toList());
        if (!links.isEmpty()) {
            empty.add(new Paragraph("You could:"));
            UnorderedList list = new UnorderedList();
            list.setId("search-suggestions");
            list.addClassName("search-suggestions");
            for (Suggestion suggestion : links) {
                Anchor link = new Anchor(SearchLinks.searchAddress(suggestion.query().toBuilder().size(PAGE_SIZE)
                        .page(0).build()), suggestion.message());
                link.addClassName("search-suggestion--" + suggestion.kind().name().toLowerCase(Locale.ROOT)
                        .replace('_', '-'));
                list.add(new ListItem(link));
            }
            empty.add(list);
        }
        H3 tipsTitle = new H3("Search tips");
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
        empty.add(tipsTitle, tips);
        empty.setVisible(true);
    }

    private void showBeyondLastPage(SearchResults found, SearchQuery query) {
        int pages = found.totalPages();
        empty.add(new H2("There is no page " + (query.page() + 1) + " of this search"));
        empty.add(new Paragraph(pages == 1 ? "It has 1 page." : "It has " + pages + " pages."));
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
        empty.add(list);
        empty.setVisible(true);
    }

    private void pages(SearchResults found, SearchQuery query) {
        int pages = found.totalPages();
        if (pages <= 1 || found.items().isEmpty()) {
            pager.setVisible(false);
            return;
        }
        pager.setVisible(true);
        int page = query.page();
        pageOf.setText("Page " + (page + 1) + " of " + pages);
        previous.setVisible(page > 0);
        previous.setHref(SearchLinks.searchAddress(query.toBuilder().page(Math.max(0, page - 1)).build()));
        next.setVisible(found.hasNextPage());
        next.setHref(SearchLinks.searchAddress(query.toBuilder().page(page + 1).build()));
    }

    // ------------------------------------------------------------------------------------------------- for tests

    List<String> shownTitles() {
        return results.getChildren().map(card -> card.getElement().getChild(0).getTextRecursively()).toList();
    }

    FacetFilter facet(Facet facet) {
        return facets.get(facet);
    }

    String status() {
        return status.getText();
    }
}
