package org.lessonsportal.portal.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.IdentifierProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;

/**
 * The filter field above an administrator's list, and the line saying how many match. What is typed goes into the
 * address ({@code ?q=…}) so a filtered list can be bookmarked and comes back with the back button.
 */
final class DirectoryFilter {

    static final String PARAMETER = "q";

    final TextField field;
    final Paragraph status = new Paragraph();
    private final String route;
    private final String one;
    private final String many;
    private Grid<?> grid;
    private ToIntFunction<String> count;

    DirectoryFilter(String route, String label, String helper, String idPrefix, String one, String many) {
        this.route = route;
        this.one = one;
        this.many = many;
        field = new TextField(label);
        field.setId(idPrefix + "-filter");
        field.setHelperText(helper);
        field.setClearButtonVisible(true);
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(300);
        field.addClassName("admin-filter");
        status.setId(idPrefix + "-count");
        status.getElement().setAttribute("role", "status");
        status.addClassName("hint");
    }

    /** One page of the list's rows that match the filter. */
    interface Rows<T> {
        List<T> find(String filter, int offset, int limit);
    }

    /**
     * Makes this the filter of a list read a page at a time: rows from {@code rows}, counted by {@code count}; typing
     * narrows it, says how many match and keeps the filter in the address.
     */
    <T> void narrows(Grid<T> list, Rows<T> rows, ToIntFunction<String> counter, IdentifierProvider<T> id) {
        list.setItems(query -> rows.find(value(), query.getOffset(), query.getLimit()).stream(),
                query -> counter.applyAsInt(value())).setIdentifierProvider(id);
        list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        list.addClassName("admin-grid");
        this.grid = list;
        this.count = counter;
        field.addValueChangeListener(e -> {
            refresh();
            if (e.isFromClient()) {
                writeToAddress();
            }
        });
    }

    /** Reads the list again and says how many match. */
    void refresh() {
        grid.getDataProvider().refreshAll();
        showCount(count.applyAsInt(value()), () -> count.applyAsInt(null));
    }

    String value() {
        return field.getValue().strip();
    }

    /** Takes the filter from the address, if it has one. */
    void readFrom(BeforeEnterEvent event) {
        List<String> given = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(PARAMETER, List.of());
        field.setValue(given.isEmpty() ? "" : given.get(0));
    }

    /** Puts the filter into the address without a new history entry for every letter typed. */
    void writeToAddress() {
        String value = value();
        QueryParameters parameters = value.isEmpty() ? QueryParameters.empty()
                : QueryParameters.simple(Map.of(PARAMETER, value));
        field.getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(route, parameters)));
    }

    /** "75 organisations", or "2 of 75 organisations match “trust”". */
    void showCount(int matching, IntSupplier all) {
        String value = value();
        if (value.isEmpty()) {
            status.setText(AdminTexts.count(matching, one, many) + ".");
        } else if (matching == 0) {
            status.setText("No " + many + " match “" + value + "”. Check the spelling, or try part of the name or "
                    + "the ODS code.");
        } else {
            status.setText(String.format(Locale.UK, "%,d of %,d %s %s “%s”.", matching, all.getAsInt(), many,
                    matching == 1 ? "matches" : "match", value));
        }
    }
}
