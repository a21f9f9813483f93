package org.lessonsportal.domain.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;

/**
 * What a search does to its ranked candidates after they are scored by words: when it widened to lessons with some of
 * the words, it weighs each by the share of the words it has ({@link #byShareOfWords}) and says which words each lacks
 * ({@link #missingWords}); with ranking by meaning on, it fuses the ranking by words with nearness in meaning
 * ({@link #byMeaningToo}). Documents are numbers in the search's one index reader, or on OpenSearch the candidates'
 * places in the search's list of them (each step then takes its look-ups through a small interface).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class Reranking {

    /**
     * How much a search's place by meaning counts beside its place by words (reciprocal rank fusion). Tuned on the
     * blind set's tuning half (0.2, 0.4, 0.7, 1 compared; docs/relevance.md).
     */
    static final double MEANING_WEIGHT = 0.4;

    private final TextQueries textQueries;

    /**
     * The ranked candidates with each score multiplied by the share of the search's words the lesson has (in any form
     * or synonym), as Lucene's classic "coordination factor" did: lessons with all the words rise above those with
     * some, unless those match far better (a lesson about "patient portal" all through is still a better answer to
     * "how to get patients to sign up to the patient portal" than one that mentions each word once). Tuned on the
     * blind set's tuning half against ranking every lesson with all the words first (nDCG@10 0.825 against 0.767) and
     * against the share squared (0.804) or its square root (0.823).
     */
    List<Candidates.Ranked> byShareOfWords(IndexSearcher searcher, List<Candidates.Ranked> ranked,
            int[] candidates, QueryText text, Query allWords) throws IOException {
        return byShareOfWords((docs, words) -> wordsIn(searcher, docs, words, allWords), ranked, candidates, text);
    }

    /**
     * Which of the search's words each of the documents holds (in any form or synonym); documents are numbers the
     * caller gives its candidates.
     */
    @FunctionalInterface
    interface WordsIn {
        Map<Integer, Set<String>> of(int[] docs, List<String> words) throws IOException;
    }

    /** {@link #byShareOfWords(IndexSearcher, List, int[], QueryText, Query)} with the words found by {@code in}. */
    List<Candidates.Ranked> byShareOfWords(WordsIn in, List<Candidates.Ranked> ranked, int[] candidates,
            QueryText text) throws IOException {
        List<String> words = textQueries.searchedWords(text);
        if (words.size() < 2) {
            return ranked;
        }
        Map<Integer, Set<String>> has = in.of(candidates, words);
        List<Candidates.Ranked> rescored = new ArrayList<>();
        for (Candidates.Ranked r : ranked) {
            double share = has.getOrDefault(r.doc(), Set.of()).size() / (double) words.size();
            rescored.add(new Candidates.Ranked(r.doc(), (float) (r.score() * share),
                    r.publishedOn(), r.lessonId()));
        }
        rescored.sort(Candidates.BEST_FIRST);
        return rescored;
    }

    /**
     * The candidates ranked by words and by meaning together ({@link SentenceEmbeddings#fuse}): the first
     * {@code block} by words are re-ranked with their nearness in meaning to the search, found among them only (so
     * nothing the words did not find is added); the rest follow in their order by words. The block is the same for
     * every page, so paging past it neither repeats nor skips a lesson. Candidates indexed without a vector keep only
     * their place by words.
     */
    static List<Candidates.Ranked> byMeaningToo(IndexSearcher searcher, List<Candidates.Ranked> ranked, int block,
            float[] vector) throws IOException {
        return byMeaningToo(docs -> {
            Query nearest = new KnnFloatVectorQuery(IndexFields.EMBEDDING, vector, docs.length, new DocsQuery(docs));
            List<Integer> byMeaning = new ArrayList<>();
            for (var hit : searcher.search(nearest, docs.length).scoreDocs) {
                byMeaning.add(hit.doc);
            }
            return byMeaning;
        }, ranked, block);
    }

    /**
     * Which of the documents (numbers the caller gives its candidates, in increasing order) are nearest in meaning to
     * the search, nearest first; documents indexed without a vector are left out.
     */
    @FunctionalInterface
    interface NearestIn {
        List<Integer> of(int[] docs) throws IOException;
    }

    /** {@link #byMeaningToo(IndexSearcher, List, int, float[])} with the nearness found by {@code nearest}. */
    static List<Candidates.Ranked> byMeaningToo(NearestIn nearest, List<Candidates.Ranked> ranked, int block)
            throws IOException {
        List<Candidates.Ranked> fusedPart = ranked.subList(0, Math.min(block, ranked.size()));
        int[] docs = fusedPart.stream().mapToInt(Candidates.Ranked::doc).sorted().toArray();
        if (docs.length == 0) {
            return ranked;
        }
        List<Integer> byMeaning = nearest.of(docs);
        Map<Integer, Candidates.Ranked> byDoc = new HashMap<>();
        fusedPart.forEach(r -> byDoc.put(r.doc(), r));
        Map<Integer, Double> fused = SentenceEmbeddings.fuse(fusedPart.stream().map(Candidates.Ranked::doc).toList(),
                byMeaning, MEANING_WEIGHT);
        List<Candidates.Ranked> rescored = new ArrayList<>();
        fused.forEach((doc, score) -> {
            Candidates.Ranked r = byDoc.get(doc);
            rescored.add(new Candidates.Ranked(doc, score.floatValue(), r.publishedOn(), r.lessonId()));
        });
        // Below the block, scores continue beneath the fused ones, in the order by words.
        float below = rescored.isEmpty() ? 0f : rescored.get(rescored.size() - 1).score();
        List<Candidates.Ranked> rest = ranked.subList(fusedPart.size(), ranked.size());
        for (int i = 0; i < rest.size(); i++) {
            Candidates.Ranked r = rest.get(i);
            rescored.add(new Candidates.Ranked(r.doc(), below * (rest.size() - i) / (rest.size() + 1f),
                    r.publishedOn(), r.lessonId()));
        }
        return rescored;
    }

    /**
     * For each document (numbers in the searcher's reader), the search's words it lacks, in the search's order. A
     * lesson that has (nearly) all the words lacks none: that covers words it has through a synonym of several words
     * ("electronic patient record" for EPR), which each word searched alone would miss.
     */
    Map<Integer, List<String>> missingWords(IndexSearcher searcher, List<Integer> docs, QueryText text,
            Query allWords) throws IOException {
        return missingWords((sorted, words) -> wordsIn(searcher, sorted, words, allWords), docs, text);
    }

    /** {@link #missingWords(IndexSearcher, List, QueryText, Query)} with the words found by {@code in}. */
    Map<Integer, List<String>> missingWords(WordsIn in, List<Integer> docs, QueryText text) throws IOException {
        List<String> words = textQueries.searchedWords(text);
        Map<Integer, Set<String>> present = in.of(docs.stream().mapToInt(Integer::intValue).sorted().toArray(),
                words);
        Map<Integer, List<String>> missing = new HashMap<>();
        for (int doc : docs) {
            Set<String> has = present.getOrDefault(doc, Set.of());
            missing.put(doc, words.stream().filter(w -> !has.contains(w)).toList());
        }
        return missing;
    }

    /**
     * Which of the search's words each of the documents holds: in any form or synonym (each word searched alone, as
     * the search would), and all of them for a document that matches {@code allWords}.
     */
    private Map<Integer, Set<String>> wordsIn(IndexSearcher searcher, int[] docs, List<String> words,
            Query allWords) throws IOException {
        Map<Integer, Set<String>> present = new HashMap<>();
        if (allWords != null) {
            Query among = new BooleanQuery.Builder().add(allWords, BooleanClause.Occur.FILTER)
                    .add(new DocsQuery(docs), BooleanClause.Occur.FILTER).build();
            for (var hit : searcher.search(among, Math.max(1, docs.length)).scoreDocs) {
                present.put(hit.doc, new HashSet<>(words));
            }
        }
        for (String word : words) {
            Query inWord = textQueries.matchOnly(QueryText.of(word, SearchQuery.MAX_TEXT_LENGTH), true);
            if (inWord == null) {
                continue;
            }
            Query among = new BooleanQuery.Builder().add(inWord, BooleanClause.Occur.FILTER)
                    .add(new DocsQuery(docs), BooleanClause.Occur.FILTER).build();
            for (var hit : searcher.search(among, Math.max(1, docs.length)).scoreDocs) {
                present.computeIfAbsent(hit.doc, d -> new HashSet<>()).add(word);
            }
        }
        return present;
    }
}
