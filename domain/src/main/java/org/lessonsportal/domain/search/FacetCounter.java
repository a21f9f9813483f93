package org.lessonsportal.domain.search;

import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the matching lessons and, in the same pass, their values for each facet, with one dense counter array per
 * field and segment (facet fields have a handful to a few hundred distinct values). Reads the doc values Hibernate
 * Search writes for aggregable fields: sorted-set doc values under the field's name for text, sorted-numeric for the
 * year. About four times cheaper than Hibernate Search's general-purpose aggregations, which hash every value.
 */
final class FacetCounter {

    /** The total and, per facet, each value (as indexed) with its count. */
    record Result(long total, Map<Facet, Map<String, Long>> counts) {
    }

    private FacetCounter() {
    }

    static Result count(IndexSearcher searcher, Query query, Set<Facet> facets) throws IOException {
        Counting collector = new Counting(facets);
        searcher.search(query, collector);
        return collector.result();
    }

    /** The doc-values field each facet is counted from. */
    static String field(Facet facet) {
        return switch (facet) {
            case PROJECT_TYPE -> IndexFields.PROJECT_TYPE;
            case SETTING -> IndexFields.SETTINGS;
            case REGION -> IndexFields.REGION;
            case ORGANISATION -> IndexFields.ORGANISATION_FACET;
            case CHALLENGE_TYPE -> IndexFields.CHALLENGE_TYPES;
            case TECHNOLOGY -> IndexFields.TECHNOLOGY_LABEL;
            case YEAR_COMPLETED -> IndexFields.YEAR_COMPLETED;
        };
    }

    private static final class Counting extends SimpleCollector {
        private final Facet[] textFacets;
        private final boolean years;
        private final Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        private long total;

        private SortedSetDocValues[] values;
        private int[][] perOrdinal;
        private SortedNumericDocValues yearValues;
        private final Map<Long, Long> yearCounts = new HashMap<>();

        Counting(Set<Facet> facets) {
            this.years = facets.contains(Facet.YEAR_COMPLETED);
            this.textFacets = facets.stream().filter(f -> f != Facet.YEAR_COMPLETED).toArray(Facet[]::new);
            for (Facet facet : facets) {
                counts.put(facet, new HashMap<>());
            }
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flushSegment();
            values = new SortedSetDocValues[textFacets.length];
            perOrdinal = new int[textFacets.length][];
            for (int i = 0; i < textFacets.length; i++) {
                values[i] = DocValues.getSortedSet(context.reader(), field(textFacets[i]));
                perOrdinal[i] = new int[(int) Math.min(Integer.MAX_VALUE, values[i].getValueCount())];
            }
            yearValues = years ? DocValues.getSortedNumeric(context.reader(), IndexFields.YEAR_COMPLETED) : null;
        }

        @Override
        public void collect(int doc) throws IOException {
            total++;
            for (int i = 0; i < values.length; i++) {
                SortedSetDocValues dv = values[i];
                if (dv.advanceExact(doc)) {
                    int[] counters = perOrdinal[i];
                    for (int n = dv.docValueCount(); n > 0; n--) {
                        counters[(int) dv.nextOrd()]++;
                    }
                }
            }
            if (yearValues != null && yearValues.advanceExact(doc)) {
                for (int n = yearValues.docValueCount(); n > 0; n--) {
                    yearCounts.merge(yearValues.nextValue(), 1L, Long::sum);
                }
            }
        }

        /** Turns the segment's ordinal counts into values (ordinals are per segment). */
        private void flushSegment() throws IOException {
            if (values == null) {
                return;
            }
            for (int i = 0; i < values.length; i++) {
                Map<String, Long> facetCounts = counts.get(textFacets[i]);
                int[] counters = perOrdinal[i];
                for (int ordinal = 0; ordinal < counters.length; ordinal++) {
                    if (counters[ordinal] > 0) {
                        facetCounts.merge(values[i].lookupOrd(ordinal).utf8ToString(), (long) counters[ordinal],
                                Long::sum);
                    }
                }
            }
            values = null;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        Result result() throws IOException {
            flushSegment();
            if (years) {
                Map<String, Long> yearMap = counts.get(Facet.YEAR_COMPLETED);
                yearCounts.forEach((year, count) -> yearMap.put(String.valueOf(year), count));
            }
            return new Result(total, counts);
        }
    }
}
