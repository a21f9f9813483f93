package org.lessonsportal.domain.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Small operations on Lucene query trees that {@link TextQueries} builds: counting clauses the way Lucene's limit does,
 * folding repeated optional clauses, lifting nested optional clauses, requiring most words, and building a
 * synonym-expanded query with a fallback when it would be too large. Pure functions.
 */
final class QueryTrees {

    private QueryTrees() {
    }

    static void flatten(Query query, float boost, Map<Query, Float> parts) {
        if (query instanceof BoostQuery boosted) {
            flatten(boosted.getQuery(), boost * boosted.getBoost(), parts);
        } else if (query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0 && isAllShould(bool)) {
            for (BooleanClause clause : bool.clauses()) {
                flatten(clause.getQuery(), boost, parts);
            }
        } else {
            parts.merge(query, boost, Float::sum);
        }
    }
    /**
     * The query with each clause repeated among optional clauses kept once, weighted by how often it was there: the
     * same score for half the work. (A synonym rule with two spellings that read the same once analysed, such as
     * "go-live" and "go live", gives the same words twice.)
     */
    static Query withoutRepeats(Query query) {
        if (query instanceof BoostQuery boosted) {
            Query inner = withoutRepeats(boosted.getQuery());
            return inner.equals(boosted.getQuery()) ? boosted : new BoostQuery(inner, boosted.getBoost());
        }
        if (!(query instanceof BooleanQuery bool)) {
            return query;
        }
        BooleanQuery.Builder rebuilt = new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        if (bool.getMinimumNumberShouldMatch() == 0 && isAllShould(bool)) {
            Map<Query, Integer> times = new LinkedHashMap<>();
            bool.clauses().forEach(clause -> times.merge(withoutRepeats(clause.getQuery()), 1, Integer::sum));
            times.forEach((clause, n) -> rebuilt.add(n == 1 ? clause : new BoostQuery(clause, n), Occur.SHOULD));
        } else {
            bool.clauses().forEach(clause -> rebuilt.add(withoutRepeats(clause.getQuery()), clause.getOccur()));
        }
        return rebuilt.build();
    }
    /** Counts leaf clauses the way Lucene's clause limit does. */
    static int clauses(Query query) {
        int[] count = {0};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                count[0] += terms.length;
            }

            @Override
            public void visitLeaf(Query q) {
                count[0]++;
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }
        });
        return count[0];
    }
    /**
     * Builds a synonym-expanded query, or the fallback when expansion would exceed Lucene's clause limit (many
     * synonym-rich words in one phrase multiply into thousands of alternatives).
     */
    static Query guarded(Supplier<Query> expanded,
            Supplier<Query> fallback) {
        try {
            return expanded.get();
        } catch (IndexSearcher.TooManyClauses e) {
            return fallback == null ? null : fallback.get();
        }
    }
    static int clauseCount(Query query) {
        if (query instanceof BooleanQuery bool && isAllShould(bool)) {
            return bool.clauses().size();
        }
        return 1;
    }
    static boolean isAllShould(BooleanQuery bool) {
        return bool.clauses().stream().allMatch(c -> c.getOccur() == Occur.SHOULD);
    }
    static Query requireWords(Query query, boolean allWords) {
        if (!(query instanceof BooleanQuery bool) || !isAllShould(bool)) {
            return query;
        }
        int n = bool.clauses().size();
        int required = !allWords ? 1 : n <= 3 ? n : n <= 5 ? n - 1 : (int) Math.ceil(n * 0.7);
        BooleanQuery.Builder rebuilt = new BooleanQuery.Builder();
        List<BooleanClause> clauses = new ArrayList<>(bool.clauses());
        clauses.forEach(rebuilt::add);
        rebuilt.setMinimumNumberShouldMatch(required);
        return rebuilt.build();
    }
}
