package org.lessonsportal.domain.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.lessonsportal.domain.lesson.Lesson;

/**
 * Ranking by meaning for {@link OpenSearchLessonSearch}, as {@link LessonSearch} ranks on Lucene: the search's vector
 * is made on another thread while its words are ranked ({@link #of}), then the first {@link LessonSearch#CANDIDATES}
 * candidates by words are re-ranked with their nearness in meaning, found among them only, and fused by
 * {@link Reranking#byMeaningToo(Reranking.NearestIn, List, int)} (the same code as on Lucene). The nearness comes from
 * Hibernate Search's {@code knn} predicate on the {@code knn_vector} field (OpenSearch's k-NN plugin, its
 * {@code lucene} engine), filtered to the candidates' ids with {@code k} as many as they are, so OpenSearch scores
 * each of them exactly, as Lucene's {@code KnnFloatVectorQuery} does with a filter that small.
 */
final class OpenSearchMeaning {

    /** Ranking by words alone: nothing is re-ranked. */
    private static final Pending NONE = (ranked, ids) -> ranked;

    private final SearchSession session;
    /** {@code null} when ranking by meaning is off. */
    private final SentenceEmbeddings embeddings;

    OpenSearchMeaning(SearchSession session, SentenceEmbeddings embeddings) {
        this.session = session;
        this.embeddings = embeddings;
    }

    /** A search's vector, being made in the background; re-ranks its candidates once they are ranked by words. */
    @FunctionalInterface
    interface Pending {
        /**
         * The candidates ranked by words and meaning together.
         *
         * @param ranked the candidates by words, best first; each {@code doc} is the candidate's place in {@code ids}
         * @param ids    the candidates' lesson ids
         */
        List<Candidates.Ranked> rerank(List<Candidates.Ranked> ranked, List<Long> ids);
    }

    /** Starts making the vector of the search's text; with ranking by meaning off, re-ranks nothing. */
    Pending of(QueryText text) {
        if (embeddings == null) {
            return NONE;
        }
        CompletableFuture<float[]> meaning = embeddings.queryInBackground(text.text());
        return (ranked, ids) -> {
            float[] vector = SentenceEmbeddings.await(meaning);
            if (vector == null) {
                return ranked;
            }
            try {
                return Reranking.byMeaningToo(docs -> nearest(ids, docs, vector), ranked, LessonSearch.CANDIDATES);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** The candidates numbered {@code docs} (places in {@code ids}) nearest in meaning first, those with a vector. */
    private List<Integer> nearest(List<Long> ids, int[] docs, float[] vector) {
        Map<Long, Integer> place = new HashMap<>();
        List<Long> among = new ArrayList<>(docs.length);
        for (int doc : docs) {
            place.put(ids.get(doc), doc);
            among.add(ids.get(doc));
        }
        List<Long> nearest = session.search(Lesson.class).select(f -> f.id(Long.class))
                .where(f -> f.knn(among.size()).field(IndexFields.EMBEDDING).matching(vector)
                        .filter(f.id().matchingAny(among)))
                .fetchHits(among.size());
        return nearest.stream().map(place::get).toList();
    }
}
