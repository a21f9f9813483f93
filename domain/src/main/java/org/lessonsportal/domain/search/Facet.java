package org.lessonsportal.domain.search;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.taxonomy.ChallengeType;
import org.lessonsportal.domain.taxonomy.Labelled;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;

/** A way to narrow a search, shown with a count per value. */
@RequiredArgsConstructor
public enum Facet {
    PROJECT_TYPE("Type of project", "projectType"),
    SETTING("Care setting", "setting"),
    REGION("Region", "region"),
    ORGANISATION("Organisation", "organisation"),
    CHALLENGE_TYPE("Challenge", "challengeType"),
    TECHNOLOGY("Technology", "technology"),
    YEAR_COMPLETED("Year completed", "year");

    private final String label;
    private final String parameterName;

    public String label() {
        return label;
    }

    /** Its name in a search page's address, in the open API and in a followed search's filters. */
    public String parameterName() {
        return parameterName;
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
            case PROJECT_TYPE -> Labelled.find(ProjectType.class, value);
            case SETTING -> Labelled.find(Setting.class, value);
            case REGION -> Labelled.find(Region.class, value);
            case CHALLENGE_TYPE -> Labelled.find(ChallengeType.class, value);
            default -> Optional.empty();
        };
        return labelled.map(Labelled::label).orElse(value);
    }
}
