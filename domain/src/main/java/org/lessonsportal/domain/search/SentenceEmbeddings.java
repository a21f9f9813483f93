package org.lessonsportal.domain.search;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lessonsportal.domain.lesson.Challenge;
import org.lessonsportal.domain.lesson.LessonContent;

/**
 * Meaning, not only words: a small sentence-embedding model (all-MiniLM-L6-v2, quantised, 384 dimensions) run in the
 * portal's own process (ONNX Runtime; the model ships inside its jar, nothing is downloaded). A lesson's vector is
 * made from its title, summary and what happened in each challenge, when it is indexed; a search's or a project
 * description's when it is searched. Vectors only re-rank what the words found (reciprocal rank fusion, see
 * {@link #fuse}), so counts and facets still describe exactly the lessons shown. Measured in docs/relevance.md.
 */
final class SentenceEmbeddings {

    static final int DIMENSIONS = 384;
    /** Names the model and the text a lesson's vector is made from: a change to either needs a new index. */
    static final String VERSION = "minilm-l6-v2-q:title-summary-challenges";
    /** Reciprocal rank fusion's constant: the rank at which a place in either list counts half as much as the top. */
    static final int FUSION_K = 20;

    private static final int CACHED_QUERIES = 256;

    private final Map<String, float[]> recent = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                    return size() > CACHED_QUERIES;
                }
            });
    private volatile EmbeddingModel model;

    /** The vector of a lesson, from the parts of it that say what the project was and what went wrong. */
    float[] lesson(LessonContent content) {
        StringBuilder text = new StringBuilder();
        append(text, content.title());
        append(text, content.summary());
        for (Challenge challenge : content.challenges()) {
            append(text, challenge.description());
        }
        return embed(text.toString());
    }

    /** The vector of a search or a project description; the most recent ones are kept (pages, filters, retyping). */
    float[] query(String text) {
        float[] known = recent.get(text);
        if (known == null) {
            known = embed(text);
            recent.put(text, known);
        }
        return known;
    }

    private float[] embed(String text) {
        return model().embed(text).content().vector();
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                }
                loaded = model;
            }
        }
        return loaded;
    }

    private static void append(StringBuilder text, String part) {
        if (part != null && !part.isBlank()) {
            if (!text.isEmpty()) {
                text.append(text.charAt(text.length() - 1) == '.' ? " " : ". ");
            }
            text.append(part.strip());
        }
    }

    /**
     * Reciprocal rank fusion of a ranking by words and one by meaning: each item scores
     * {@code 1/(k + its place by words) + weight/(k + its place by meaning)} (places from 1; an item absent from a
     * list gets nothing from it). The result is the items by that score, ties in the order by words.
     */
    static <T> Map<T, Double> fuse(java.util.List<T> byWords, java.util.List<T> byMeaning, double weight) {
        Map<T, Double> scores = new LinkedHashMap<>();
        for (int i = 0; i < byWords.size(); i++) {
            scores.merge(byWords.get(i), 1.0 / (FUSION_K + i + 1), Double::sum);
        }
        for (int i = 0; i < byMeaning.size(); i++) {
            scores.merge(byMeaning.get(i), weight / (FUSION_K + i + 1), Double::sum);
        }
        Map<T, Double> sorted = new LinkedHashMap<>();
        scores.entrySet().stream().sorted(Map.Entry.<T, Double>comparingByValue().reversed())
                .forEachOrdered(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
