package org.lessonsportal.domain.search;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lessonsportal.domain.taxonomy.ChallengeType;
import org.lessonsportal.domain.taxonomy.Codes;
import org.lessonsportal.domain.taxonomy.Labelled;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;

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

    /** A value of this facet in words: a taxonomy code's label, anything else (ODS codes, technologies) as it is. */
    public String labelOf(String value) {
        Optional<? extends Labelled> labelled = switch (this) {
            case PROJECT_TYPE -> Codes.find(ProjectType.class, value);
            case SETTING -> Codes.find(Setting.class, value);
            case REGION -> Codes.find(Region.class, value);
            case CHALLENGE_TYPE -> Codes.find(ChallengeType.class, value);
            default -> Optional.empty();
        };
        return labelled.map(Labelled::label).orElse(value);
    }
}
