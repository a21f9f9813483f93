package org.lessonsportal.domain.search;

import java.util.Set;
import java.util.stream.Collectors;

/** A way to narrow a search, shown with a count per value. */
public enum Facet {
    PROJECT_TYPE("Type of project"),
    SETTING("Care setting"),
    REGION("Region"),
    ORGANISATION("Organisation"),
    CHALLENGE_TYPE("Challenge"),
    TECHNOLOGY("Technology"),
    YEAR_COMPLETED("Year completed");

    private final String label;

    Facet(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The values of this facet the query filters on (codes; ODS codes; technologies; years as text). */
    public Set<String> selectedIn(SearchQuery query) {
        return switch (this) {
            case PROJECT_TYPE -> query.projectTypes();
            case SETTING -> query.settings();
            case REGION -> query.regions();
            case ORGANISATION -> query.organisations();
            case CHALLENGE_TYPE -> query.challengeTypes();
            case TECHNOLOGY -> query.technologies();
            case YEAR_COMPLETED -> query.yearsCompleted().stream().map(String::valueOf)
                    .collect(Collectors.toUnmodifiableSet());
        };
    }
}
