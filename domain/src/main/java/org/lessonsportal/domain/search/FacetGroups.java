package org.lessonsportal.domain.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The facet counts as shown: values labelled, the selected ones marked (and listed even when no lesson has them),
 * technologies written differently merged, the most common first (years newest first), at most
 * {@value #MAX_FACET_VALUES} per facet.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class FacetGroups {

    private static final int MAX_FACET_VALUES = 30;

    private final SearchFilters filters;

    /** @param counts per facet, how many lessons have each value as the index holds it */
    List<FacetGroup> of(SearchQuery query, Map<Facet, Map<Object, Long>> counts) {
        List<FacetGroup> groups = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            Set<String> selected = facet.selectedIn(query);
            Map<Object, Long> raw = counts.getOrDefault(facet, Map.of());
            if (facet == Facet.TECHNOLOGY) {
                raw = mergeTechnologies(raw);
            }
            Map<String, FacetValue> values = new LinkedHashMap<>();
            for (Map.Entry<Object, Long> count : raw.entrySet()) {
                FacetValue value = value(facet, String.valueOf(count.getKey()), count.getValue(), selected);
                values.merge(value.code(), value, (a, b) -> new FacetValue(a.code(), a.label(),
                        a.count() + b.count(), a.selected()));
            }
            for (String code : selected) {
                String key = facet == Facet.ORGANISATION ? code.toUpperCase(Locale.ROOT) : code;
                if (values.values().stream().noneMatch(v -> v.selected() && sameValue(facet, v.code(), key))) {
                    values.put(key, new FacetValue(key, facet.labelOf(key), 0, true));
                }
            }
            List<FacetValue> sorted = new ArrayList<>(values.values());
            Comparator<FacetValue> order = facet == Facet.YEAR_COMPLETED
                    ? Comparator.comparing(FacetValue::code).reversed()
                    : Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label);
            sorted.sort(order);
            groups.add(new FacetGroup(facet, sorted.subList(0, Math.min(sorted.size(), MAX_FACET_VALUES))));
        }
        return groups;
    }

    private FacetValue value(Facet facet, String indexValue, long count, Set<String> selected) {
        String code = indexValue;
        String label;
        if (facet == Facet.ORGANISATION) {
            int separator = indexValue.indexOf(IndexFields.FACET_SEPARATOR);
            code = separator < 0 ? indexValue : indexValue.substring(0, separator);
            label = separator < 0 ? indexValue : indexValue.substring(separator + 1);
        } else {
            label = facet.labelOf(indexValue);
        }
        String finalCode = code;
        boolean isSelected = selected.stream().anyMatch(s -> sameValue(facet, s, finalCode));
        return new FacetValue(code, label, count, isSelected);
    }

    private boolean sameValue(Facet facet, String a, String b) {
        return switch (facet) {
            case ORGANISATION -> a.equalsIgnoreCase(b);
            case TECHNOLOGY -> filters.normaliseTechnology(a).equals(filters.normaliseTechnology(b));
            default -> a.equals(b);
        };
    }

    /**
     * Technologies are counted as written; "Epic" and "EPIC" are one value, shown the way most lessons write it.
     * (A lesson listing both spellings would count twice; lessons list a technology once.)
     */
    private Map<Object, Long> mergeTechnologies(Map<Object, Long> asWritten) {
        Map<String, Long> totals = new LinkedHashMap<>();
        Map<String, String> best = new HashMap<>();
        Map<String, Long> bestCount = new HashMap<>();
        for (Map.Entry<Object, Long> entry : asWritten.entrySet()) {
            String written = String.valueOf(entry.getKey());
            String key = filters.normaliseTechnology(written);
            totals.merge(key, entry.getValue(), Long::sum);
            if (entry.getValue() > bestCount.getOrDefault(key, -1L)) {
                best.put(key, written);
                bestCount.put(key, entry.getValue());
            }
        }
        Map<Object, Long> merged = new LinkedHashMap<>();
        totals.forEach((key, total) -> merged.put(best.get(key), total));
        return merged;
    }
}
