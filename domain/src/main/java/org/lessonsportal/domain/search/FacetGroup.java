package org.lessonsportal.domain.search;

import java.util.List;

/** The values of one facet, most frequent first (years: newest first). Selected values are always included. */
public record FacetGroup(Facet facet, List<FacetValue> values) {

    public FacetGroup {
        values = List.copyOf(values);
    }

    public String label() {
        return facet.label();
    }
}
