package org.lessonsportal.domain.search;

import java.util.Arrays;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Matches the given documents (numbers in the searcher's reader, in index order), with a constant score: how the
 * chosen {@link Candidates} are scored with the full query, and nothing else, in one pass. Also the walk over such a
 * sorted list of documents, segment by segment ({@link InOrder}), which choosing the candidates uses too.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class DocsQuery extends Query {
    private final int[] docs;

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) {
                int from = lowerBound(docs, context.docBase);
                int to = lowerBound(docs, context.docBase + context.reader().maxDoc());
                if (from == to) {
                    return null;
                }
                DocIdSetIterator iterator = new InOrder(docs, from, to, context.docBase);
                return new ConstantScoreScorer(this, score(), scoreMode, iterator);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "docs(" + docs.length + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && Arrays.equals(docs, ((DocsQuery) other).docs);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + Arrays.hashCode(docs);
    }

    /** The first place in the sorted {@code docs} holding {@code doc} or a later document. */
    static int lowerBound(int[] docs, int doc) {
        int found = Arrays.binarySearch(docs, doc);
        return found >= 0 ? found : -found - 1;
    }

    /**
     * The documents {@code docs[from]} to {@code docs[to - 1]} (sorted, reader-wide numbers, all in the segment that
     * starts at {@code base}), numbered within the segment; {@link #at} is the current one's place in {@code docs}.
     */
    static final class InOrder extends DocIdSetIterator {
        private final int[] docs;
        private final int to;
        private final int base;
        int at;
        private int doc = -1;

        InOrder(int[] docs, int from, int to, int base) {
            this.docs = docs;
            this.to = to;
            this.base = base;
            this.at = from - 1;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            at++;
            doc = at < to ? docs[at] - base : NO_MORE_DOCS;
            return doc;
        }

        @Override
        public int advance(int target) {
            if (at + 1 >= to || target >= NO_MORE_DOCS - base) {
                at = to;
                doc = NO_MORE_DOCS;
                return doc;
            }
            int found = Arrays.binarySearch(docs, at + 1, to, base + target);
            at = found >= 0 ? found : -found - 1;
            doc = at < to ? docs[at] - base : NO_MORE_DOCS;
            return doc;
        }

        @Override
        public long cost() {
            return to - at - 1;
        }
    }
}
