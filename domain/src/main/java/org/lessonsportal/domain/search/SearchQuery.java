package org.lessonsportal.domain.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.taxonomy.ChallengeType;
import org.lessonsportal.domain.taxonomy.Labelled;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;

/**
 * What someone searches for: words (optional), filters, order and page. Values within one filter are alternatives
 * (any of them); different filters must all hold. Filters hold codes: taxonomy codes
 * ({@code electronic-patient-record}, {@code acute}, {@code london}, {@code data-migration}), organisations' ODS codes,
 * technologies as shown in the technology facet, and years.
 * <p>
 * The text is plain words; {@code "quoted words"} must appear together. Nothing else has a special meaning, so any
 * text is safe. Very long text is cut to {@value #MAX_TEXT_LENGTH} characters.
 *
 * @param page from 0
 * @param size from 1 to {@value #MAX_SIZE}
 */
public record SearchQuery(String text, Set<String> projectTypes, Set<String> settings, Set<String> regions,
        Set<String> organisations, Set<String> challengeTypes, Set<String> technologies, Set<Integer> yearsCompleted,
        SearchSort sort, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Results beyond this position cannot be paged to; narrower searches can. */
    public static final int MAX_RESULT_WINDOW = 10_000;
    public static final int MAX_TEXT_LENGTH = 200;
    private static final int MAX_FILTER_VALUES = 50;

    public SearchQuery {
        text = text == null ? "" : text;
        projectTypes = copy(projectTypes);
        settings = copy(settings);
        regions = copy(regions);
        organisations = copy(organisations);
        challengeTypes = copy(challengeTypes);
        technologies = copy(technologies);
        yearsCompleted = yearsCompleted == null ? Set.of()
                : Set.copyOf(yearsCompleted.stream().filter(Objects::nonNull).toList());
        sort = sort == null ? SearchSort.RELEVANCE : sort;
    }

    /**
     * Text typed by a person, made safe to store, show and search: Unicode normalised (NFKC); control, formatting,
     * private-use and unpaired surrogate characters removed; spaces collapsed; cut to {@code maxLength} characters at
     * a word boundary when there is one in the second half.
     */
    public static String cleanText(String raw, int maxLength) {
        return QueryText.clean(raw, maxLength);
    }

    /** The first page of a search for these words, best match first. */
    public static SearchQuery of(String text) {
        return builder().text(text).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().text(text).projectTypes(projectTypes).settings(settings).regions(regions)
                .organisations(organisations).challengeTypes(challengeTypes).technologies(technologies)
                .yearsCompleted(yearsCompleted).sort(sort).page(page).size(size);
    }

    public boolean hasFilters() {
        return !projectTypes.isEmpty() || !settings.isEmpty() || !regions.isEmpty() || !organisations.isEmpty()
                || !challengeTypes.isEmpty() || !technologies.isEmpty() || !yearsCompleted.isEmpty();
    }

    /** The same search, from the first page, with other words. */
    public SearchQuery withText(String newText) {
        return toBuilder().text(newText).page(0).build();
    }

    /** The same words, from the first page, without any filter. */
    public SearchQuery withoutFilters() {
        return new Builder().text(text).sort(sort).size(size).build();
    }

    /** The same search, from the first page, without the filters of one facet. */
    public SearchQuery without(Facet facet) {
        return toBuilder().page(0).filter(facet, Set.of()).build();
    }

    /**
     * This search, once its paging and filters are checked; unknown taxonomy codes are refused (a clear message rather
     * than no results).
     *
     * @throws DomainException with a plain-English message when the search cannot be run
     */
    SearchQuery checked() {
        if (page < 0) {
            throw new DomainException("The page number cannot be negative.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new DomainException("Show between 1 and " + MAX_SIZE + " results per page.");
        }
        if ((long) (page + 1) * size > MAX_RESULT_WINDOW) {
            throw new DomainException("Only the first " + String.format(Locale.UK, "%,d", MAX_RESULT_WINDOW)
                    + " results can be shown. Add words or filters to narrow the search.");
        }
        check(projectTypes, ProjectType.class, "type of project");
        check(settings, Setting.class, "care setting");
        check(regions, Region.class, "region");
        check(challengeTypes, ChallengeType.class, "type of challenge");
        for (Facet facet : Facet.values()) {
            if (facet.selectedIn(this).size() > MAX_FILTER_VALUES) {
                throw new DomainException("Choose at most " + MAX_FILTER_VALUES + " values for "
                        + facet.label().toLowerCase(Locale.UK) + ".");
            }
        }
        return this;
    }

    private static <E extends Enum<E> & Labelled> void check(Set<String> codes, Class<E> type, String name) {
        for (String code : codes) {
            if (Labelled.find(type, code).isEmpty()) {
                throw new DomainException("There is no " + name + " \"" + code + "\".");
            }
        }
    }

    private static Set<String> copy(Collection<String> values) {
        if (values == null) {
            return Set.of();
        }
        LinkedHashSet<String> cleaned = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                cleaned.add(value.strip());
            }
        }
        return Set.copyOf(cleaned);
    }

    /** Builds a {@link SearchQuery}; page 0, {@value #DEFAULT_SIZE} per page and best match first unless set. */
    public static final class Builder {
        private String text = "";
        private Set<String> projectTypes = Set.of();
        private Set<String> settings = Set.of();
        private Set<String> regions = Set.of();
        private Set<String> organisations = Set.of();
        private Set<String> challengeTypes = Set.of();
        private Set<String> technologies = Set.of();
        private Set<Integer> yearsCompleted = Set.of();
        private SearchSort sort = SearchSort.RELEVANCE;
        private int page;
        private int size = DEFAULT_SIZE;

        private Builder() {
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder projectTypes(Collection<String> codes) {
            this.projectTypes = codes == null ? Set.of() : Set.copyOf(codes);
            return this;
        }

        public Builder projectTypes(String... codes) {
            return projectTypes(Set.of(codes));
        }

        public Builder settings(Collection<String> codes) {
            this.settings = codes == null ? Set.of() : Set.copyOf(codes);
            return this;
        }

        public Builder settings(String... codes) {
            return settings(Set.of(codes));
        }

        public Builder regions(Collection<String> codes) {
            this.regions = codes == null ? Set.of() : Set.copyOf(codes);
            return this;
        }

        public Builder regions(String... codes) {
            return regions(Set.of(codes));
        }

        public Builder organisations(Collection<String> odsCodes) {
            this.organisations = odsCodes == null ? Set.of() : Set.copyOf(odsCodes);
            return this;
        }

        public Builder organisations(String... odsCodes) {
            return organisations(Set.of(odsCodes));
        }

        public Builder challengeTypes(Collection<String> codes) {
            this.challengeTypes = codes == null ? Set.of() : Set.copyOf(codes);
            return this;
        }

        public Builder challengeTypes(String... codes) {
            return challengeTypes(Set.of(codes));
        }

        public Builder technologies(Collection<String> technologies) {
            this.technologies = technologies == null ? Set.of() : Set.copyOf(technologies);
            return this;
        }

        public Builder technologies(String... technologies) {
            return technologies(Set.of(technologies));
        }

        public Builder yearsCompleted(Collection<Integer> years) {
            this.yearsCompleted = years == null ? Set.of() : Set.copyOf(years);
            return this;
        }

        public Builder yearsCompleted(Integer... years) {
            return yearsCompleted(Set.of(years));
        }

        /**
         * The values of one facet, as {@link Facet#selectedIn} gives them: codes, ODS codes, technologies, years as
         * text (one that is not a whole number is left out).
         */
        public Builder filter(Facet facet, Collection<String> values) {
            Collection<String> given = values == null ? Set.of() : values;
            return switch (facet) {
                case PROJECT_TYPE -> projectTypes(given);
                case SETTING -> settings(given);
                case REGION -> regions(given);
                case ORGANISATION -> organisations(given);
                case CHALLENGE_TYPE -> challengeTypes(given);
                case TECHNOLOGY -> technologies(given);
                case YEAR_COMPLETED -> {
                    List<Integer> years = new ArrayList<>();
                    for (String value : given) {
                        try {
                            years.add(Integer.parseInt(value.strip()));
                        } catch (NumberFormatException notAYear) {
                            // left out
                        }
                    }
                    yield yearsCompleted(years);
                }
            };
        }

        public Builder sort(SearchSort sort) {
            this.sort = sort;
            return this;
        }

        public Builder page(int page) {
            this.page = page;
            return this;
        }

        public Builder size(int size) {
            this.size = size;
            return this;
        }

        public SearchQuery build() {
            return new SearchQuery(text, projectTypes, settings, regions, organisations, challengeTypes,
                    technologies, yearsCompleted, sort, page, size);
        }
    }
}
