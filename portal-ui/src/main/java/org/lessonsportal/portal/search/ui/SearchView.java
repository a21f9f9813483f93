package org.lessonsportal.portal.search.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lessonsportal.domain.search.Facet;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.search.SearchResults;
import org.lessonsportal.domain.search.SearchService;
import org.lessonsportal.domain.search.SearchSort;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.portal.base.ui.Lede;
import org.lessonsportal.portal.base.ui.MainLayout;
import org.lessonsportal.portal.base.ui.OpenWithoutOrganisation;
import org.lessonsportal.portal.base.ui.PortalRoutes;

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
    /** The search the browser tab showed last, to tell a new page of the same search from another search. */
    private static final String LAST_SHOWN = SearchView.class.getName() + ".lastShown";
    /** Screens narrower than this show the facets closed, above the results (the theme's breakpoint). */
    private static final String NARROW = "(max-width: 47.99rem)";

    private final SearchService search;

    final TextField text = new TextField("Search lessons");
    final Button submit = new Button("Search");
    final Select<SearchSort> sort;
    private final Paragraph longText = new Paragraph();
    private final SearchFilters filters = new SearchFilters(this::toggled);
    private final SearchResultsColumn column = new SearchResultsColumn();

    private SearchQuery current = SearchQuery.builder().size(PAGE_SIZE).build();
    private String address = PortalRoutes.SEARCH;
    private boolean rendering;

    SearchView(SearchService search) {
        this.search = search;
        addClassName("search-page");
        add(new H1("Search lessons"));
        add(Lede.of("What other NHS organisations learned from digital projects they finished. "
                + "Search by words, then narrow the results with the filters."));
        add(searchBox());

        sort = column.sort;
        sort.addValueChangeListener(event -> {
            if (!rendering && event.getValue() != null && event.getValue() != current.sort()) {
                apply(current.toBuilder().sort(event.getValue()).page(0).build());
            }
        });
        Div layout = new Div();
        layout.addClassName("search-layout");
        layout.add(filters, column);
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
            column.focusStatus();
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
        return (words.isEmpty() ? "Search lessons" : "Search lessons for "
                + SearchResultsColumn.quoted(words, 60))
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
        filters.show(found, current);
        column.show(found, current);
    }

    /** @param wrongAddress the address, rather than the search, was wrong: offer its words alone */
    private void showProblem(String message, boolean wrongAddress) {
        filters.clear(current);
        column.showProblem(message, wrongAddress, current);
    }

    // ------------------------------------------------------------------------------------------------- for tests

    List<String> shownTitles() {
        return column.shownTitles();
    }

    FacetFilter facet(Facet facet) {
        return filters.facet(facet);
    }

    String status() {
        return column.status();
    }
}
