package org.lessonsportal.portal.search.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.NativeDetails;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lessonsportal.domain.search.Facet;
import org.lessonsportal.domain.search.FacetGroup;
import org.lessonsportal.domain.search.FacetValue;

/**
 * One facet of the search as a disclosure ({@code <details>}) holding a fieldset of checkboxes, one per value, each
 * with its count in its label: "Acute hospital (12)". The checkboxes are kept between searches and only relabelled, so
 * the one someone just ticked keeps the keyboard focus while the results change.
 */
class FacetFilter extends NativeDetails {

    /** What to do when someone ticks or unticks a value. */
    interface Toggle {
        void toggled(Facet facet, String code, boolean selected);
    }

    private final Facet facet;
    private final Toggle toggle;
    private final Div options = new Div();
    private final Map<String, Checkbox> boxes = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();
    private List<String> order = List.of();
    private boolean updating;
    private boolean shown;

    FacetFilter(Facet facet, Toggle toggle) {
        this.facet = facet;
        this.toggle = toggle;
        setId(idOf(facet));
        addClassName("search-facet");
        setSummaryText(facet.label());
        // keep the server's idea of open or closed in step with the browser's
        getElement().addPropertyChangeListener("open", "toggle", event -> { });
        FieldSet fieldset = new FieldSet(facet.label());
        fieldset.addClassName("search-facet__fieldset");
        fieldset.getLegend().addClassName("search-facet__legend");
        options.addClassName("search-facet__options");
        fieldset.add(options);
        setContent(fieldset);
    }

    static String idOf(Facet facet) {
        return "facet-" + facet.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    Facet facet() {
        return facet;
    }

    /** Shows the values and counts of the latest search. */
    void update(FacetGroup group) {
        updating = true;
        try {
            List<String> codes = new ArrayList<>();
            for (FacetValue value : group.values()) {
                codes.add(value.code());
            }
            for (Iterator<Map.Entry<String, Checkbox>> it = boxes.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, Checkbox> entry = it.next();
                if (!codes.contains(entry.getKey())) {
                    options.remove(entry.getValue());
                    entry.getValue().getId().ifPresent(ids::remove);
                    it.remove();
                }
            }
            long selected = 0;
            for (FacetValue value : group.values()) {
                Checkbox box = boxes.computeIfAbsent(value.code(), this::checkbox);
                box.setLabel(value.label() + " (" + value.count() + ")");
                box.setValue(value.selected());
                if (value.selected()) {
                    selected++;
                }
            }
            if (!codes.equals(order)) {
                options.removeAll();
                codes.forEach(code -> options.add(boxes.get(code)));
                order = List.copyOf(codes);
            }
            setSummaryText(facet.label() + (selected == 0 ? "" : ", " + selected + " selected"));
            setVisible(!codes.isEmpty());
            if (!shown && !codes.isEmpty()) {
                // open or closed at first; afterwards as the person left it (the summary says what is chosen)
                shown = true;
                setOpen(selected > 0 || openAtFirst(facet));
            }
        } finally {
            updating = false;
        }
    }

    /** Hides the facet (when the search could not run). */
    void clear() {
        update(new FacetGroup(facet, List.of()));
    }

    /** The values shown, as their labels with counts, in order. */
    List<String> labels() {
        return order.stream().map(code -> boxes.get(code).getLabel()).toList();
    }

    /** The checkbox of a value, for tests. */
    Checkbox checkboxOf(String code) {
        return boxes.get(code);
    }

    private Checkbox checkbox(String code) {
        Checkbox box = new Checkbox();
        box.addClassName("search-facet__option");
        box.setId(uniqueId(code));
        box.addValueChangeListener(event -> {
            if (!updating) {
                toggle.toggled(facet, code, Boolean.TRUE.equals(event.getValue()));
            }
        });
        return box;
    }

    private String uniqueId(String code) {
        String slug = code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String base = getId().orElse("facet") + "-" + (slug.isEmpty() ? "value" : slug);
        String id = base;
        for (int i = 2; ids.contains(id); i++) {
            id = base + "-" + i;
        }
        ids.add(id);
        return id;
    }

    /** The short, most used facets start open; the long ones start closed (their summary says what is chosen). */
    private static boolean openAtFirst(Facet facet) {
        return facet == Facet.PROJECT_TYPE || facet == Facet.SETTING || facet == Facet.REGION
                || facet == Facet.YEAR_COMPLETED;
    }
}
