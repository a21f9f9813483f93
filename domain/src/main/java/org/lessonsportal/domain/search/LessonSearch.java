package org.lessonsportal.domain.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.SearchAggregation;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.search.loading.dsl.SearchLoadingOptionsStep;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.lessonsportal.domain.lesson.Lesson;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.taxonomy.ChallengeType;
import org.lessonsportal.domain.taxonomy.Codes;
import org.lessonsportal.domain.taxonomy.Labelled;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;

/**
 * Runs one search: the page of results, the facet counts, and when nothing matches, the fall-back to lessons that
 * match some of the words and the suggestions. Lives for one call.
 */
final class LessonSearch {

    private static final int MAX_FILTER_VALUES = 50;
    private static final int PASSAGES = 3;
    private static final int MAX_FACET_VALUES = 30;

    private final SearchSession session;
    private final SearchScope<Lesson> scope;
    private final LessonAnalyzers analyzers;
    private final TextQueries textQueries;
    private final SpellingSuggester spelling;

    LessonSearch(SearchSession session, LessonAnalyzers analyzers, TextQueries textQueries,
            SpellingSuggester spelling) {
        this.session = session;
        this.scope = session.scope(Lesson.class);
        this.analyzers = analyzers;
        this.textQueries = textQueries;
        this.spelling = spelling;
    }

    // ---------------------------------------------------------------------------------------------------- validation

    /** Checks paging and filters; unknown taxonomy codes are refused (a clear message rather than no results). */
    static SearchQuery validate(SearchQuery query) {
        if (query == null) {
            throw new DomainException("Say what to search for.");
        }
        if (query.page() < 0) {
            throw new DomainException("The page number cannot be negative.");
        }
        if (query.size() < 1 || query.size() > SearchQuery.MAX_SIZE) {
            throw new DomainException("Show between 1 and " + SearchQuery.MAX_SIZE + " results per page.");
        }
        if ((long) (query.page() + 1) * query.size() > SearchQuery.MAX_RESULT_WINDOW) {
            throw new DomainException("Only the first " + String.format(Locale.UK, "%,d",
                    SearchQuery.MAX_RESULT_WINDOW) + " results can be shown. Add words or filters to narrow the "
                    + "search.");
        }
        check(query.projectTypes(), ProjectType.class, "type of project");
        check(query.settings(), Setting.class, "care setting");
        check(query.regions(), Region.class, "region");
        check(query.challengeTypes(), ChallengeType.class, "type of challenge");
        for (Facet facet : Facet.values()) {
            if (facet.selectedIn(query).size() > MAX_FILTER_VALUES) {
                throw new DomainException("Choose at most " + MAX_FILTER_VALUES + " values for "
                        + facet.label().toLowerCase(Locale.UK) + ".");
            }
        }
        return query;
    }

    private static <E extends Enum<E> & Labelled> void check(Set<String> codes, Class<E> type, String name) {
        for (String code : codes) {
            if (Codes.find(type, code).isEmpty()) {
                throw new DomainException("There is no " + name + " \"" + code + "\".");
            }
        }
    }

    // -------------------------------------------------------------------------------------------------------- search

    SearchResults run(SearchQuery query) {
        QueryText text = QueryText.of(query.text(), SearchQuery.MAX_TEXT_LENGTH);
        boolean allWords = true;
        Counts counts = counts(query, textQueries.matchOnly(text, true));
        boolean hasText = textQueries.match(text, true) != null;
        if (counts.total == 0 && hasText && textQueries.wordCount(text) > 1) {
            Counts some = counts(query, textQueries.matchOnly(text, false));
            if (some.total > 0) {
                counts = some;
                allWords = false;
            }
        }
        List<SearchHit> hits = List.of();
        long offset = (long) query.page() * query.size();
        if (counts.total > offset) {
            hits = hits(query, textQueries.match(text, allWords), hasText);
        }
        List<Suggestion> suggestions = counts.total == 0 ? suggestions(query, text, hasText) : List.of();
        return new SearchResults(query, counts.total, hits, counts.facets, !allWords, suggestions);
    }

    private record Counts(long total, List<FacetGroup> facets) {
    }

    /**
     * How many lessons match and the facet counts: a query that scores nothing and collects no page, on the matching
     * clauses only. A facet in use is counted without its own filter (a second, aggregation-only query), so people
     * can add another value of it.
     */
    private Counts counts(SearchQuery query, Query match) {
        AggregationKey<Map<Object, Long>> technologyLabels = AggregationKey.of("technologyLabels");
        Map<Facet, AggregationKey<Map<Object, Long>>> keys = new EnumMap<>(Facet.class);
        var search = session.search(scope).select(f -> f.id()).where(predicate(match, query, null))
                .sort(f -> f.indexOrder());
        for (Facet facet : Facet.values()) {
            if (facet.selectedIn(query).isEmpty()) {
                AggregationKey<Map<Object, Long>> key = facet == Facet.TECHNOLOGY ? technologyLabels
                        : AggregationKey.of(facet.name());
                keys.put(facet, key);
                search = search.aggregation(key, aggregation(facet));
            }
        }
        SearchResult<?> result = search.fetch(0);
        Map<Facet, Map<Object, Long>> counts = new EnumMap<>(Facet.class);
        keys.forEach((facet, key) -> counts.put(facet, result.aggregation(key)));
        for (Facet facet : Facet.values()) {
            if (!facet.selectedIn(query).isEmpty()) {
                AggregationKey<Map<Object, Long>> key = AggregationKey.of(facet.name());
                SearchResult<?> alone = session.search(scope).select(f -> f.id())
                        .where(predicate(match, query, facet)).sort(f -> f.indexOrder())
                        .aggregation(key, aggregation(facet)).fetch(0);
                counts.put(facet, alone.aggregation(key));
            }
        }
        return new Counts(result.total().hitCount(), facets(query, counts));
    }

    /** The page: scored and sorted, counting no further than needed, so Lucene can skip what cannot make the page. */
    private List<SearchHit> hits(SearchQuery query, Query text, boolean hasText) {
        int offset = query.page() * query.size();
        var search = session.search(scope)
                .select(projection(hasText))
                .where(predicate(text, query, null))
                .sort(sort(query.sort(), hasText))
                .totalHitCountThreshold(offset + query.size());
        if (hasText) {
            search = search.highlighter(h -> h.fastVector().tag(Highlights.START, Highlights.END)
                    .fragmentSize(180).numberOfFragments(PASSAGES).orderByScore(true).noMatchSize(0)
                    .boundaryScanner().sentence().end());
        }
        return search.fetchHits(offset, query.size()).stream().map(LessonSearch::hit).toList();
    }

    private long count(SearchQuery query, QueryText text) {
        Query strict = textQueries.matchOnly(text, true);
        long total = session.search(scope).select(f -> f.id()).where(predicate(strict, query, null))
                .fetchTotalHitCount();
        if (total == 0 && strict != null && textQueries.wordCount(text) > 1) {
            total = session.search(scope).select(f -> f.id())
                    .where(predicate(textQueries.matchOnly(text, false), query, null)).fetchTotalHitCount();
        }
        return total;
    }

    // ---------------------------------------------------------------------------------------------- query parts

    private SearchPredicate predicate(Query text, SearchQuery query, Facet except) {
        SearchPredicateFactory f = scope.predicate();
        BooleanPredicateClausesStep<?> bool = f.bool();
        bool.must(text == null ? f.matchAll() : f.extension(LuceneExtension.get()).fromLuceneQuery(text));
        for (Facet facet : Facet.values()) {
            if (facet == except) {
                continue;
            }
            Collection<?> values = indexValues(facet, query);
            if (!values.isEmpty()) {
                bool.filter(f.terms().field(field(facet)).matchingAny(values));
            }
        }
        return bool.toPredicate();
    }

    private Collection<?> indexValues(Facet facet, SearchQuery query) {
        return switch (facet) {
            case ORGANISATION -> query.organisations().stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
            case TECHNOLOGY -> query.technologies().stream().map(this::normaliseTechnology).toList();
            case YEAR_COMPLETED -> List.copyOf(query.yearsCompleted());
            default -> List.copyOf(facet.selectedIn(query));
        };
    }

    private String normaliseTechnology(String technology) {
        return analyzers.keyword().normalize(IndexFields.TECHNOLOGY, technology).utf8ToString();
    }

    private static String field(Facet facet) {
        return switch (facet) {
            case PROJECT_TYPE -> IndexFields.PROJECT_TYPE;
            case SETTING -> IndexFields.SETTINGS;
            case REGION -> IndexFields.REGION;
            case ORGANISATION -> IndexFields.ORGANISATION_ODS;
            case CHALLENGE_TYPE -> IndexFields.CHALLENGE_TYPES;
            case TECHNOLOGY -> IndexFields.TECHNOLOGY;
            case YEAR_COMPLETED -> IndexFields.YEAR_COMPLETED;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private SearchAggregation<Map<Object, Long>> aggregation(Facet facet) {
        String field = switch (facet) {
            case ORGANISATION -> IndexFields.ORGANISATION_FACET;
            case TECHNOLOGY -> IndexFields.TECHNOLOGY_LABEL;
            default -> field(facet);
        };
        Class type = facet == Facet.YEAR_COMPLETED ? Integer.class : String.class;
        int max = switch (facet) {
            case ORGANISATION -> 30;
            case TECHNOLOGY -> 100;
            case YEAR_COMPLETED -> 40;
            default -> 50;
        };
        return (SearchAggregation) scope.aggregation().terms().field(field, type).maxTermCount(max).toAggregation();
    }

    private SearchSort sort(org.lessonsportal.domain.search.SearchSort sort, boolean hasText) {
        var f = scope.sort();
        if (sort == org.lessonsportal.domain.search.SearchSort.NEWEST || !hasText) {
            return f.field(IndexFields.PUBLISHED_ON).desc().missing().last()
                    .then().field(IndexFields.SORT_ID).desc().toSort();
        }
        return f.score().then().field(IndexFields.PUBLISHED_ON).desc().missing().last()
                .then().field(IndexFields.SORT_ID).desc().toSort();
    }

    private SearchProjection<List<?>> projection(boolean highlights) {
        var f = scope.projection();
        if (!highlights) {
            return f.composite().from(f.id(Long.class), f.field(IndexFields.EXTERNAL_ID, String.class),
                    f.field(IndexFields.TITLE, String.class), f.field(IndexFields.SUMMARY, String.class),
                    f.field(IndexFields.PROJECT_TYPE, String.class),
                    f.field(IndexFields.ORGANISATION_ODS, String.class),
                    f.field(IndexFields.ORGANISATION_NAME, String.class),
                    f.field(IndexFields.PUBLISHED_ON, LocalDate.class), f.score()).asList().toProjection();
        }
        return f.composite().from(f.id(Long.class), f.field(IndexFields.EXTERNAL_ID, String.class),
                f.field(IndexFields.TITLE, String.class), f.field(IndexFields.SUMMARY, String.class),
                f.field(IndexFields.PROJECT_TYPE, String.class), f.field(IndexFields.ORGANISATION_ODS, String.class),
                f.field(IndexFields.ORGANISATION_NAME, String.class),
                f.field(IndexFields.PUBLISHED_ON, LocalDate.class), f.score(),
                f.highlight(IndexFields.BODY)).asList().toProjection();
    }

    @SuppressWarnings("unchecked")
    private static SearchHit hit(List<?> row) {
        List<Passage> passages = new ArrayList<>();
        if (row.size() > 9) {
            for (String marked : (List<String>) row.get(9)) {
                passages.add(Highlights.passage(IndexFields.BODY, marked));
            }
        }
        Float score = (Float) row.get(8);
        return new SearchHit((Long) row.get(0), (String) row.get(1), (String) row.get(2), (String) row.get(3),
                Codes.find(ProjectType.class, (String) row.get(4)).orElse(null), (String) row.get(5),
                (String) row.get(6), (LocalDate) row.get(7), score == null || score.isNaN() ? 0f : score, passages);
    }

    // --------------------------------------------------------------------------------------------------- facets

    private List<FacetGroup> facets(SearchQuery query, Map<Facet, Map<Object, Long>> counts) {
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
                    values.put(key, new FacetValue(key, labelOf(facet, key), 0, true));
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
            label = labelOf(facet, indexValue);
        }
        String finalCode = code;
        boolean isSelected = selected.stream().anyMatch(s -> sameValue(facet, s, finalCode));
        return new FacetValue(code, label, count, isSelected);
    }

    private boolean sameValue(Facet facet, String a, String b) {
        return switch (facet) {
            case ORGANISATION -> a.equalsIgnoreCase(b);
            case TECHNOLOGY -> normaliseTechnology(a).equals(normaliseTechnology(b));
            default -> a.equals(b);
        };
    }

    private static String labelOf(Facet facet, String code) {
        Optional<? extends Labelled> labelled = switch (facet) {
            case PROJECT_TYPE -> Codes.find(ProjectType.class, code);
            case SETTING -> Codes.find(Setting.class, code);
            case REGION -> Codes.find(Region.class, code);
            case CHALLENGE_TYPE -> Codes.find(ChallengeType.class, code);
            default -> Optional.empty();
        };
        return labelled.map(Labelled::label).orElse(code);
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
            String key = normaliseTechnology(written);
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

    // ---------------------------------------------------------------------------------------------- suggestions

    private List<Suggestion> suggestions(SearchQuery query, QueryText text, boolean hasText) {
        List<Suggestion> suggestions = new ArrayList<>();
        if (hasText) {
            Optional<String> corrected;
            try (IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader()) {
                corrected = spelling.correct(reader, text.text());
            } catch (java.io.IOException e) {
                corrected = Optional.empty();
            }
            if (corrected.isPresent() && !corrected.get().equalsIgnoreCase(text.text())) {
                SearchQuery instead = query.withText(corrected.get());
                long count = count(instead, QueryText.of(corrected.get(), SearchQuery.MAX_TEXT_LENGTH));
                if (count > 0) {
                    suggestions.add(new Suggestion(Suggestion.Kind.SPELLING, "Search for “" + corrected.get()
                            + "” instead", instead, count));
                }
            }
        }
        if (query.hasFilters()) {
            // First the filters that are enough to drop one at a time, then, if none is, all of them.
            boolean oneIsEnough = false;
            for (Facet facet : Facet.values()) {
                if (facet.selectedIn(query).isEmpty()) {
                    continue;
                }
                SearchQuery without = query.without(facet);
                long count = count(without, text);
                if (count > 0) {
                    oneIsEnough = true;
                    suggestions.add(new Suggestion(Suggestion.Kind.REMOVE_FILTERS, lessons(count)
                            + " without the “" + facet.label() + "” filter", without, count));
                }
            }
            SearchQuery unfiltered = query.withoutFilters();
            long count = oneIsEnough ? 0 : count(unfiltered, text);
            if (count > 0) {
                suggestions.add(new Suggestion(Suggestion.Kind.REMOVE_FILTERS, lessons(count)
                        + " without any filter", unfiltered, count));
            }
        }
        if (hasText) {
            suggestions.add(new Suggestion(Suggestion.Kind.FEWER_WORDS, textQueries.wordCount(text) > 1
                    ? "Try fewer or more general words, such as the type of project or the name of a system"
                    : "Try a more general word, such as the type of project or the name of a system", null, 0));
        }
        return suggestions;
    }

    private static String lessons(long count) {
        return count == 1 ? "1 lesson matches" : String.format(Locale.UK, "%,d lessons match", count);
    }
}
