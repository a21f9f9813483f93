package org.lessonsportal.domain.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a person's words into a Lucene query, without any query syntax (so {@code title:(} is just two words).
 * <p>
 * Matching uses the {@code all} field (every text of the lesson), so words may be spread over sections; the search
 * analyzer adds the NHS synonyms (a multi-word one needs all its words). With {@code allWords}, nearly every word must match:
 * all of up to three words, all but one of four or five, 70% of longer texts. Quoted phrases must match as phrases.
 * Scoring adds boosts for matches in the title, summary, keywords (technologies and tags) and categories (project
 * type, settings, region and challenge types) and for the words appearing close together. A lesson is also found by
 * the answers to questions about it (the words all there, as in its own text), with a low weight. The highlighter
 * has a query of its own ({@link #bodyQuery}).
 */
final class TextQueries {

    private static final float TITLE_BOOST = 3f;
    private static final float SUMMARY_BOOST = 1.5f;
    private static final float KEYWORDS_BOOST = 2f;
    private static final float CATEGORIES_BOOST = 1f;
    private static final float EXACT_SYNONYM_BOOST = 1f;
    private static final float PROXIMITY_BOOST = 2f;
    private static final int PROXIMITY_SLOP = 3;
    /** Answers to questions about a lesson find it, but count for much less than its own text. */
    private static final float ANSWERS_BOOST = 0.3f;

    private final QueryBuilder builder;
    private final QueryBuilder phrases;
    private final QueryBuilder plain;

    TextQueries(Analyzer searchAnalyzer, Analyzer indexAnalyzer) {
        this.builder = new QueryBuilder(searchAnalyzer);
        // A multi-word synonym ("electronic patient record" for EHR) needs all its words, not as a phrase: no
        // position checks, so Lucene can skip lessons that cannot make the top (phrases were most of the cost).
        this.builder.setAutoGenerateMultiTermSynonymsPhraseQuery(false);
        this.builder.setEnableGraphQueries(true);
        // For ranking, where precision matters and only the candidates are scored: multi-word synonyms as phrases.
        this.phrases = new QueryBuilder(searchAnalyzer);
        this.phrases.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        this.phrases.setEnableGraphQueries(true);
        this.plain = new QueryBuilder(indexAnalyzer);
    }

    /**
     * How much of the query uses synonyms: everywhere, only for matching, or nowhere. Each step down is taken only when
     * the query would be too large for Lucene (a long text full of synonym-rich words).
     */
    private enum Expansion { FULL, MATCHING_ONLY, NONE }

    /**
     * Only the part of {@link #match} that decides which lessons match (no scoring boosts): for counting and facets,
     * where nothing is scored. Matches exactly the same lessons.
     */
    Query matchOnly(QueryText text, boolean allWords) {
        return matchOnly(match(text, allWords));
    }

    /** {@link #matchOnly(QueryText, boolean)} of a query {@link #match} already built. */
    static Query matchOnly(Query full) {
        if (!(full instanceof BooleanQuery bool)) {
            return full;
        }
        BooleanQuery.Builder required = new BooleanQuery.Builder();
        bool.clauses().stream().filter(c -> c.getOccur() == Occur.MUST)
                .forEach(c -> required.add(c.getQuery(), Occur.FILTER));
        return required.build();
    }

    /**
     * For choosing candidates: the lessons {@link #matchOnly} matches (of a query {@link #match} built for the text),
     * scored by BM25 over all their text for every word and synonym (no minimum-should-match inside the scoring part,
     * so Lucene can skip lessons that cannot make the candidates).
     */
    private Query scoredMatch(QueryText text, Query full) {
        Query filter = matchOnly(full);
        if (filter == null || text.words().isEmpty()) {
            return filter;
        }
        BooleanQuery.Builder scored = new BooleanQuery.Builder().add(filter, Occur.FILTER);
        Query original = plain.createBooleanQuery(IndexFields.ALL, text.words(), Occur.SHOULD);
        Query expanded = QueryTrees.guarded(
                () -> builder.createBooleanQuery(IndexFields.ALL, text.words(), Occur.SHOULD), null);
        if (original != null) {
            scored.add(original, Occur.SHOULD);
        }
        if (expanded != null && !expanded.equals(original) && QueryTrees.clauses(expanded) <= MAX_CLAUSES / 2) {
            scored.add(expanded, Occur.SHOULD);
        }
        return scored.build();
    }

    /**
     * The scoring part of {@link #scoredMatch(QueryText, Query)} as one flat disjunction, for choosing candidates among
     * the lessons already known to match: the same score for every lesson (nested optional clauses only add up their
     * parts, so they are lifted to the top, and a part that appears more than once counts once with its boost
     * multiplied), but Lucene can skip lessons whose best possible score cannot make the candidates, term by term.
     * {@code null} when nothing is scored (only quoted phrases).
     */
    Query candidateScoring(QueryText text, Query full) {
        Query scored = scoredMatch(text, full);
        if (!(scored instanceof BooleanQuery bool)) {
            return null;
        }
        Map<Query, Float> parts = new LinkedHashMap<>();
        for (BooleanClause clause : bool.clauses()) {
            if (clause.getOccur() == Occur.SHOULD) {
                QueryTrees.flatten(clause.getQuery(), 1f, parts);
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder flat = new BooleanQuery.Builder();
        parts.forEach((part, boost) -> flat.add(boost == 1f ? part : new BoostQuery(part, boost), Occur.SHOULD));
        return flat.build();
    }

    /**
     * The words of the text that are searched for, as typed (stop words and repeats of the same indexed word left
     * out), in order: what a lesson found by some of the words may lack.
     */
    List<String> searchedWords(QueryText text) {
        // Keyed by the word as indexed, so "records" and "record" count once.
        Map<Query, String> words = new LinkedHashMap<>();
        for (String word : text.words().split(" ")) {
            Query query = word.isBlank() ? null : plain.createBooleanQuery(IndexFields.ALL, word, Occur.SHOULD);
            if (query != null) {
                words.putIfAbsent(query, word);
            }
        }
        return List.copyOf(words.values());
    }

    /** What the highlighter looks for in the body: the words, their synonyms and the quoted phrases. */
    Query bodyQuery(QueryText text) {
        BooleanQuery.Builder body = new BooleanQuery.Builder();
        boolean any = false;
        if (!text.words().isEmpty()) {
            Query words = QueryTrees.guarded(
                    () -> phrases.createBooleanQuery(IndexFields.BODY, text.words(), Occur.SHOULD),
                    () -> plain.createBooleanQuery(IndexFields.BODY, text.words(), Occur.SHOULD));
            if (words != null) {
                body.add(words, Occur.SHOULD);
                any = true;
            }
        }
        for (String phrase : text.phrases()) {
            Query inBody = phrase(phrases, IndexFields.BODY, phrase);
            if (inBody != null) {
                body.add(inBody, Occur.SHOULD);
                any = true;
            }
        }
        return any ? body.build() : null;
    }

    /** Lucene refuses queries with more than 1,024 clauses in all; stay well clear. */
    static final int MAX_CLAUSES = 900;

    /** Queries built recently, by text: analysing a text full of synonyms costs more than some searches. */
    private final Map<String, Optional<Query>> built = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Optional<Query>> eldest) {
                    return size() > BUILT_QUERIES;
                }
            });
    private static final int BUILT_QUERIES = 256;

    /** The query for the text, or {@code null} when it has no searchable word (empty, only stop words, symbols). */
    Query match(QueryText text, boolean allWords) {
        // Neither the words nor the phrases contain quotes, so quotes keep the parts apart.
        String key = allWords + "\"" + text.words() + "\"" + String.join("\"", text.phrases());
        Optional<Query> known = built.get(key);
        if (known == null) {
            known = Optional.ofNullable(build(text, allWords));
            built.put(key, known);
        }
        return known.orElse(null);
    }

    private Query build(QueryText text, boolean allWords) {
        for (Expansion expansion : Expansion.values()) {
            Query query = QueryTrees.withoutRepeats(build(text, allWords, expansion));
            if (query == null || QueryTrees.clauses(query) <= MAX_CLAUSES || expansion == Expansion.NONE) {
                return query;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private Query build(QueryText text, boolean allWords, Expansion expansion) {
        QueryBuilder boosts = expansion == Expansion.FULL ? phrases : plain;
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        boolean any = false;
        if (!text.words().isEmpty()) {
            Query all = matchAll(text.words(), allWords, expansion != Expansion.NONE);
            if (all != null) {
                root.add(all, Occur.MUST);
                any = true;
                should(boosts, root, IndexFields.TITLE, text.words(), TITLE_BOOST);
                should(boosts, root, IndexFields.SUMMARY, text.words(), SUMMARY_BOOST);
                should(boosts, root, IndexFields.KEYWORDS, text.words(), KEYWORDS_BOOST);
                should(boosts, root, IndexFields.CATEGORIES, text.words(), CATEGORIES_BOOST);
                if (expansion == Expansion.FULL) {
                    should(phrases, root, IndexFields.ALL, text.words(), EXACT_SYNONYM_BOOST);
                }
                if (wordCount(text) > 1) {
                    Query near = plain.createPhraseQuery(IndexFields.ALL, text.words(), PROXIMITY_SLOP);
                    if (near != null) {
                        root.add(new BoostQuery(near, PROXIMITY_BOOST), Occur.SHOULD);
                    }
                }
            }
        }
        for (String phrase : text.phrases()) {
            Query required = phrase(expansion == Expansion.NONE ? plain : builder, IndexFields.ALL, phrase);
            if (required == null) {
                continue;
            }
            root.add(required, Occur.MUST);
            any = true;
            Query inTitle = phrase(boosts, IndexFields.TITLE, phrase);
            if (inTitle != null) {
                root.add(new BoostQuery(inTitle, TITLE_BOOST), Occur.SHOULD);
            }
        }
        return any ? root.build() : null;
    }

    /**
     * Lessons with the words themselves, in any order and section ({@code plain}: no synonyms), or matching the words
     * once synonyms are applied (where a multi-word synonym must appear as a phrase). Either way nearly every word must
     * be there when {@code allWords}.
     */
    private Query matchAll(String words, boolean allWords, boolean synonyms) {
        Query lesson = matchLesson(words, allWords, synonyms);
        Query answers = plain.createBooleanQuery(IndexFields.ANSWERS, words, Occur.SHOULD);
        if (lesson == null || answers == null) {
            return lesson;
        }
        return new BooleanQuery.Builder().add(lesson, Occur.SHOULD)
                .add(new BoostQuery(QueryTrees.requireWords(answers, allWords), ANSWERS_BOOST), Occur.SHOULD).build();
    }

    /** {@link #matchAll} in the lesson's own text. */
    private Query matchLesson(String words, boolean allWords, boolean synonyms) {
        Query original = plain.createBooleanQuery(IndexFields.ALL, words, Occur.SHOULD);
        Query expanded = !synonyms ? null
                : QueryTrees.guarded(() -> builder.createBooleanQuery(IndexFields.ALL, words, Occur.SHOULD), null);
        if (original == null || expanded == null) {
            return original == null ? (expanded == null ? null : QueryTrees.requireWords(expanded, allWords))
                    : QueryTrees.requireWords(original, allWords);
        }
        original = QueryTrees.requireWords(original, allWords);
        expanded = QueryTrees.requireWords(expanded, allWords);
        if (original.equals(expanded)) {
            return original;
        }
        return new BooleanQuery.Builder().add(original, Occur.SHOULD).add(expanded, Occur.SHOULD).build();
    }

    /** How many separate words the text has once analysed (stop words left out). */
    int wordCount(QueryText text) {
        if (text.words().isEmpty()) {
            return text.phrases().size();
        }
        Query all = plain.createBooleanQuery(IndexFields.ALL, text.words(), Occur.SHOULD);
        return (all == null ? 0 : QueryTrees.clauseCount(all)) + text.phrases().size();
    }

    /** A phrase with its synonyms; just the words if the synonyms make too many combinations. */
    private Query phrase(QueryBuilder with, String field, String phrase) {
        return QueryTrees.guarded(() -> with.createPhraseQuery(field, phrase),
                () -> plain.createPhraseQuery(field, phrase));
    }

    private void should(QueryBuilder with, BooleanQuery.Builder root, String field, String words, float boost) {
        Query query = QueryTrees.guarded(() -> with.createBooleanQuery(field, words, Occur.SHOULD),
                () -> plain.createBooleanQuery(field, words, Occur.SHOULD));
        if (query != null) {
            root.add(new BoostQuery(query, boost), Occur.SHOULD);
        }
    }

}
