package org.lessonsportal.domain.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts the matching lessons and, in the same pass, their values for each facet (and, when asked, notes which lessons
 * match). Reads the doc values Hibernate Search writes for aggregable fields (sorted-set doc values under the field's
 * name for text, sorted-numeric for the year), once per index segment: each segment's values are kept as plain arrays
 * of ordinals per lesson ({@link SegmentValues}), so counting is a few array reads per matching lesson rather than
 * seven doc-values look-ups. A segment never changes, so its arrays stay valid until it is merged away (then they are
 * dropped with it).
 */
final class FacetCounter {

    /** The total and, per facet, each value (as indexed) with its count. */
    record Result(long total, Map<Facet, Map<String, Long>> counts) {
    }

    private static final Map<Object, SegmentValues> SEGMENTS = Collections.synchronizedMap(new WeakHashMap<>());

    private FacetCounter() {
    }

    static Result count(IndexSearcher searcher, Query query, Set<Facet> facets) throws IOException {
        return count(searcher, query, facets, null);
    }

    /**
     * Counts, and sets in {@code matches} (sized to the searcher's reader, when not {@code null}) the document of every
     * matching lesson.
     */
    static Result count(IndexSearcher searcher, Query query, Set<Facet> facets, FixedBitSet matches)
            throws IOException {
        return searcher.search(query, new CollectorManager<Counting, Result>() {
            @Override
            public Counting newCollector() {
                return new Counting(facets, matches);
            }

            @Override
            public Result reduce(Collection<Counting> collectors) throws IOException {
                Counting first = null;
                for (Counting collector : collectors) {
                    if (first == null) {
                        first = collector;
                    } else {
                        first.add(collector);
                    }
                }
                return first == null ? new Counting(facets, null).result() : first.result();
            }
        });
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

    /**
     * One segment's facet values: for each facet, every lesson's value ordinals ({@code ordinals[starts[doc]]} up to
     * {@code ordinals[starts[doc + 1]]}; when no lesson has more than one value, {@code starts} is {@code null} and
     * {@code ordinals[doc]} is the lesson's value, -1 for none) and what each ordinal stands for.
     */
    static final class SegmentValues {
        private final int[][] starts = new int[Facet.values().length][];
        private final int[][] ordinals = new int[Facet.values().length][];
        private final String[][] values = new String[Facet.values().length][];

        private SegmentValues(LeafReader reader) throws IOException {
            int maxDoc = reader.maxDoc();
            for (Facet facet : Facet.values()) {
                int f = facet.ordinal();
                int[] start = new int[maxDoc + 1];
                int[] ords = new int[Math.max(16, maxDoc)];
                int size = 0;
                if (facet == Facet.YEAR_COMPLETED) {
                    SortedNumericDocValues dv = DocValues.getSortedNumeric(reader, field(facet));
                    Map<Long, Integer> ordinalOf = new HashMap<>();
                    List<String> names = new ArrayList<>();
                    for (int doc = 0; doc < maxDoc; doc++) {
                        start[doc] = size;
                        if (dv.advanceExact(doc)) {
                            for (int n = dv.docValueCount(); n > 0; n--) {
                                long value = dv.nextValue();
                                Integer ordinal = ordinalOf.get(value);
                                if (ordinal == null) {
                                    ordinal = names.size();
                                    ordinalOf.put(value, ordinal);
                                    names.add(String.valueOf(value));
                                }
                                if (size == ords.length) {
                                    ords = java.util.Arrays.copyOf(ords, ords.length * 2);
                                }
                                ords[size++] = ordinal;
                            }
                        }
                    }
                    values[f] = names.toArray(String[]::new);
                } else {
                    SortedSetDocValues dv = DocValues.getSortedSet(reader, field(facet));
                    for (int doc = 0; doc < maxDoc; doc++) {
                        start[doc] = size;
                        if (dv.advanceExact(doc)) {
                            for (int n = dv.docValueCount(); n > 0; n--) {
                                if (size == ords.length) {
                                    ords = java.util.Arrays.copyOf(ords, ords.length * 2);
                                }
                                ords[size++] = (int) dv.nextOrd();
                            }
                        }
                    }
                    String[] names = new String[(int) Math.min(Integer.MAX_VALUE, dv.getValueCount())];
                    for (int ordinal = 0; ordinal < names.length; ordinal++) {
                        names[ordinal] = dv.lookupOrd(ordinal).utf8ToString();
                    }
                    values[f] = names;
                }
                start[maxDoc] = size;
                boolean singleValued = true;
                for (int doc = 0; doc < maxDoc && singleValued; doc++) {
                    singleValued = start[doc + 1] - start[doc] <= 1;
                }
                if (singleValued) {
                    // At most one value per lesson (project type, region, organisation, year): the value by lesson.
                    int[] single = new int[maxDoc];
                    for (int doc = 0; doc < maxDoc; doc++) {
                        single[doc] = start[doc + 1] > start[doc] ? ords[start[doc]] : -1;
                    }
                    ordinals[f] = single;
                } else {
                    starts[f] = start;
                    ordinals[f] = java.util.Arrays.copyOf(ords, size);
                }
            }
        }

        /** The segment's values, read once and kept while the segment exists. */
        static SegmentValues of(LeafReader reader) throws IOException {
            IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
            if (helper == null) {
                return new SegmentValues(reader);
            }
            Object key = helper.getKey();
            SegmentValues cached = SEGMENTS.get(key);
            if (cached == null) {
                cached = new SegmentValues(reader);
                SEGMENTS.put(key, cached);
            }
            return cached;
        }
    }

    private static final class Counting extends SimpleCollector {
        private final Facet[] facets;
        private final FixedBitSet matches;
        private final Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        private long total;

        private int docBase;
        private SegmentValues segment;
        private int[][] starts;
        private int[][] ordinals;
        private int[][] perOrdinal;

        Counting(Set<Facet> facets, FixedBitSet matches) {
            this.facets = facets.toArray(Facet[]::new);
            this.matches = matches;
            for (Facet facet : facets) {
                counts.put(facet, new HashMap<>());
            }
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flushSegment();
            docBase = context.docBase;
            segment = facets.length == 0 ? null : SegmentValues.of(context.reader());
            starts = new int[facets.length][];
            ordinals = new int[facets.length][];
            perOrdinal = new int[facets.length][];
            for (int i = 0; i < facets.length; i++) {
                int f = facets[i].ordinal();
                starts[i] = segment.starts[f];
                ordinals[i] = segment.ordinals[f];
                perOrdinal[i] = new int[segment.values[f].length];
            }
        }

        @Override
        public void collect(int doc) {
            total++;
            if (matches != null) {
                matches.set(docBase + doc);
            }
            for (int i = 0; i < starts.length; i++) {
                int[] start = starts[i];
                int[] ords = ordinals[i];
                int[] counters = perOrdinal[i];
                if (start == null) {
                    int ordinal = ords[doc];
                    if (ordinal >= 0) {
                        counters[ordinal]++;
                    }
                } else {
                    for (int at = start[doc], end = start[doc + 1]; at < end; at++) {
                        counters[ords[at]]++;
                    }
                }
            }
        }

        /** Turns the segment's ordinal counts into values (ordinals are per segment). */
        private void flushSegment() {
            if (segment == null) {
                return;
            }
            for (int i = 0; i < facets.length; i++) {
                Map<String, Long> facetCounts = counts.get(facets[i]);
                String[] names = segment.values[facets[i].ordinal()];
                int[] counters = perOrdinal[i];
                for (int ordinal = 0; ordinal < counters.length; ordinal++) {
                    if (counters[ordinal] > 0) {
                        facetCounts.merge(names[ordinal], (long) counters[ordinal], Long::sum);
                    }
                }
            }
            segment = null;
        }

        void add(Counting other) {
            other.flushSegment();
            total += other.total;
            other.counts.forEach((facet, values) -> values.forEach((value, count) ->
                    counts.get(facet).merge(value, count, Long::sum)));
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        Result result() {
            flushSegment();
            return new Result(total, counts);
        }
    }
}
