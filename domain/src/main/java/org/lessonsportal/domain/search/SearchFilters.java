package org.lessonsportal.domain.search;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A search's filters as the index holds them: which field each facet is on and how its values are written there
 * (codes as they are, ODS codes in upper case, technologies through the keyword normaliser, years as points). Kept
 * apart from the search itself because the facet counts compare values the same way.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class SearchFilters {

    private final LessonAnalyzers analyzers;

    /**
     * The matching query with the filters, as a plain Lucene query for {@link FacetCounter}: terms on the keyword
     * fields (as indexed: codes, upper-case ODS codes, lower-case technologies) and points for the year.
     *
     * @param match  the words' matching query; {@code null} for every lesson
     * @param except a facet whose filter is left out (to count its other values); {@code null} for none
     */
    Query filtered(Query match, SearchQuery query, Facet except) {
        BooleanQuery.Builder filtered = new BooleanQuery.Builder()
                .add(match == null ? new MatchAllDocsQuery() : match, BooleanClause.Occur.FILTER);
        for (Facet facet : Facet.values()) {
            if (facet == except || facet.selectedIn(query).isEmpty()) {
                continue;
            }
            Query filter = facet == Facet.YEAR_COMPLETED
                    ? IntPoint.newSetQuery(IndexFields.YEAR_COMPLETED,
                            query.yearsCompleted().stream().mapToInt(Integer::intValue).toArray())
                    : new TermInSetQuery(field(facet), indexValues(facet, query).stream()
                            .map(v -> new BytesRef(String.valueOf(v))).toList());
            filtered.add(filter, BooleanClause.Occur.FILTER);
        }
        return filtered.build();
    }

    /** The filters as text that is the same for the same filters in any order, for caching counts. */
    static String key(SearchQuery query) {
        StringBuilder key = new StringBuilder();
        for (Facet facet : Facet.values()) {
            key.append(facet.ordinal()).append('=').append(new TreeSet<>(facet.selectedIn(query))).append(';');
        }
        return key.toString();
    }

    /** A technology as the index compares it: "Epic" and "EPIC" are one value. */
    String normaliseTechnology(String technology) {
        return analyzers.keyword().normalize(IndexFields.TECHNOLOGY, technology).utf8ToString();
    }

    private Collection<?> indexValues(Facet facet, SearchQuery query) {
        return switch (facet) {
            case ORGANISATION -> query.organisations().stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
            case TECHNOLOGY -> query.technologies().stream().map(this::normaliseTechnology).toList();
            case YEAR_COMPLETED -> List.copyOf(query.yearsCompleted());
            default -> List.copyOf(facet.selectedIn(query));
        };
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
}
