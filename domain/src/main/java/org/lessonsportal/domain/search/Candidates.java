package org.lessonsportal.domain.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The two steps of ranking best match first, on one index reader: the best-scoring candidates among the lessons that
 * match ({@link #best}), then the candidates scored with the full query ({@link Scoring}, with {@link DocsQuery}).
 */
final class Candidates {

    private Candidates() {
    }

    /**
     * The {@code window} matching lessons with the highest {@code scoring} score (ties: the earlier document), as
     * document numbers in index order. Scoring is a disjunction run on its own, so Lucene can skip lessons that cannot
     * make the window; lessons that are not {@code matching} are simply not collected (the window's lowest score, the
     * bar Lucene skips by, comes from matching lessons only, so nothing that should be a candidate is skipped). When
     * few lessons match, only they are scored ({@link #clauseByClause}). Without a scoring query, the first
     * {@code window} matching lessons.
     */
    static int[] best(IndexSearcher searcher, Query scoring, FixedBitSet matching, int window) throws IOException {
        int count = matching.cardinality();
        if (scoring == null || count <= window) {
            // Nothing to choose by, or every matching lesson is a candidate.
            return first(matching, Math.min(window, count));
        }
        if (count <= matching.length() / FEW) {
            // Few lessons match: scoring just them costs less than pruning the disjunction over the whole index.
            return clauseByClause(searcher, scoring, matching, window);
        }
        TopDocs top = searcher.search(scoring, new CollectorManager<Collector, TopDocs>() {
            private final List<TopScoreDocCollector> collectors = java.util.Collections.synchronizedList(
                    new ArrayList<>());
            private final TopScoreDocCollectorManager manager = new TopScoreDocCollectorManager(window, null, window,
                    false);

            @Override
            public Collector newCollector() throws IOException {
                TopScoreDocCollector top = manager.newCollector();
                collectors.add(top);
                return new FilterCollector(top) {
                    @Override
                    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                        int base = context.docBase;
                        return new FilterLeafCollector(super.getLeafCollector(context)) {
                            @Override
                            public void collect(int doc) throws IOException {
                                if (matching.get(base + doc)) {
                                    in.collect(doc);
                                }
                            }
                        };
                    }
                };
            }

            @Override
            public TopDocs reduce(Collection<Collector> ignored) throws IOException {
                TopDocs[] all = collectors.stream().map(TopScoreDocCollector::topDocs).toArray(TopDocs[]::new);
                return TopDocs.merge(window, all);
            }
        });
        return sortedDocs(top);
    }

    /**
     * The best {@code window} matching lessons by {@code scoring}, scored one optional clause at a time: each clause
     * goes through the matching lessons it is in (leapfrogging between its postings and the matching lessons, so
     * whichever is rarer leads), adding its score to theirs. Every matching lesson is scored in full, with exactly the
     * score Lucene gives it (each clause's score, summed in double precision), so the candidates are those Lucene
     * would choose, without advancing every clause to every matching lesson.
     */
    static int[] clauseByClause(IndexSearcher searcher, Query scoring, FixedBitSet matching, int window)
            throws IOException {
        Query rewritten = searcher.rewrite(scoring);
        List<Query> clauses = new ArrayList<>();
        if (rewritten instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0
                && bool.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD)) {
            bool.clauses().forEach(c -> clauses.add(c.getQuery()));
        } else {
            clauses.add(rewritten);
        }
        List<Weight> weights = new ArrayList<>();
        for (Query clause : clauses) {
            weights.add(searcher.createWeight(clause, ScoreMode.COMPLETE, 1f));
        }
        // The matching lessons in index order; a lesson's score and whether any clause matched it, by its place there.
        int[] docs = first(matching, matching.cardinality());
        double[] sums = new double[docs.length];
        boolean[] scored = new boolean[docs.length];
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int base = leaf.docBase;
            int from = DocsQuery.lowerBound(docs, base);
            int to = DocsQuery.lowerBound(docs, base + leaf.reader().maxDoc());
            if (from == to) {
                continue;
            }
            for (Weight weight : weights) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                DocsQuery.InOrder lessons = new DocsQuery.InOrder(docs, from, to, base);
                DocIdSetIterator both = ConjunctionUtils.intersectIterators(List.of(scorer.iterator(), lessons));
                for (int doc = both.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = both.nextDoc()) {
                    sums[lessons.at] += scorer.score();
                    scored[lessons.at] = true;
                }
            }
        }
        // The best, as Lucene's top-score collector keeps them: higher score first, then the earlier document.
        java.util.PriorityQueue<long[]> best = new java.util.PriorityQueue<>(window + 1, (x, y) -> {
            int byScore = Float.compare(Float.intBitsToFloat((int) x[0]), Float.intBitsToFloat((int) y[0]));
            return byScore != 0 ? byScore : Long.compare(y[1], x[1]);
        });
        for (int i = 0; i < docs.length; i++) {
            if (scored[i]) {
                best.add(new long[] {Float.floatToIntBits((float) sums[i]), docs[i]});
                if (best.size() > window) {
                    best.poll();
                }
            }
        }
        int[] chosen = best.stream().mapToInt(entry -> (int) entry[1]).toArray();
        Arrays.sort(chosen);
        return chosen;
    }

    /** Below one lesson in this many matching, candidates are chosen among the matching lessons only. */
    private static final int FEW = 8;

    private static int[] sortedDocs(TopDocs top) {
        int[] docs = Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
        Arrays.sort(docs);
        return docs;
    }

    /** The first {@code n} documents set, in order. */
    private static int[] first(FixedBitSet bits, int n) {
        int[] docs = new int[n];
        int doc = n == 0 ? DocIdSetIterator.NO_MORE_DOCS : bits.nextSetBit(0);
        for (int i = 0; i < n; i++) {
            docs[i] = doc;
            doc = doc + 1 < bits.length() ? bits.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS;
        }
        return docs;
    }

    /** Collects every lesson it is given, with its score and what breaks ties between equal scores. */
    static final class Scoring extends SimpleCollector {
        final List<Ranked> ranked = new ArrayList<>();
        private Scorable scorer;
        private int docBase;
        private SortedNumericDocValues publishedOn;
        private SortedNumericDocValues lessonIds;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            docBase = context.docBase;
            publishedOn = DocValues.getSortedNumeric(context.reader(), IndexFields.PUBLISHED_ON);
            lessonIds = DocValues.getSortedNumeric(context.reader(), IndexFields.SORT_ID);
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            long published = publishedOn.advanceExact(doc) ? publishedOn.nextValue() : Long.MIN_VALUE;
            long id = lessonIds.advanceExact(doc) ? lessonIds.nextValue() : Long.MIN_VALUE;
            ranked.add(new Ranked(docBase + doc, scorer.score(), published, id));
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }
    }

    /** A scored candidate: its document, score, and what breaks ties: the newest first, then the latest added. */
    record Ranked(int doc, float score, long publishedOn, long lessonId) {
    }

    /** As Lucene sorts by score, then publication day (lessons without one last), then lesson id, newest first. */
    static final java.util.Comparator<Ranked> BEST_FIRST = java.util.Comparator
            .comparing(Ranked::score, java.util.Comparator.reverseOrder())
            .thenComparing(Ranked::publishedOn, java.util.Comparator.reverseOrder())
            .thenComparing(Ranked::lessonId, java.util.Comparator.reverseOrder())
            .thenComparingInt(Ranked::doc);
}
