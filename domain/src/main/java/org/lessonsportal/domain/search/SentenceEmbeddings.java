package org.lessonsportal.domain.search;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.lessonsportal.domain.lesson.Challenge;
import org.lessonsportal.domain.lesson.LessonContent;

/**
 * Meaning, not only words: a small sentence-embedding model (all-MiniLM-L6-v2, quantised, 384 dimensions) run in the
 * portal's own process (ONNX Runtime; the model ships inside its jar, nothing is downloaded). A lesson's vector is
 * made from its title, summary and what happened in each challenge, when it is indexed; a search's or a project
 * description's when it is searched. Vectors only re-rank what the words found (reciprocal rank fusion, see
 * {@link #fuse}), so counts and facets still describe exactly the lessons shown. Measured in docs/relevance.md.
 */
final class SentenceEmbeddings implements AutoCloseable {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SentenceEmbeddings.class);
    /** How long a search waits for its vector before it ranks by words alone. */
    private static final long WAIT_MILLIS = 2_000;

    static final int DIMENSIONS = 384;
    /** Names the model and the text a lesson's vector is made from: a change to either needs a new index. */
    static final String VERSION = "minilm-l6-v2-q:title-summary-challenges";
    /** Reciprocal rank fusion's constant: the rank at which a place in either list counts half as much as the top. */
    static final int FUSION_K = 20;

    private final int cachedQueries;
    private final Map<String, float[]> recent;
    private volatile OneThreadMiniLm model;
    /** Set when the model cannot be loaded here (logged once): from then on, everything ranks by words alone. */
    private volatile boolean unavailable;
    private final ReadWriteLock inUse = new ReentrantReadWriteLock();
    private volatile boolean closed;

    /** @param cachedQueries how many recent searches' vectors to keep (0: none, every search is embedded) */
    SentenceEmbeddings(int cachedQueries) {
        this.cachedQueries = cachedQueries;
        this.recent = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > SentenceEmbeddings.this.cachedQueries;
            }
        });
    }

    /**
     * The vector of a lesson, from the parts of it that say what the project was and what went wrong; {@code null}
     * when the model is unavailable (the lesson is then indexed without one, and ranked by its words).
     */
    float[] lesson(LessonContent content) {
        StringBuilder text = new StringBuilder();
        append(text, content.title());
        append(text, content.summary());
        for (Challenge challenge : content.challenges()) {
            append(text, challenge.description());
        }
        return embed(text.toString());
    }

    /**
     * The vector of a search or a project description, made on another thread while the search does its other work
     * (the two are independent, and the model would otherwise add its time to every new search's).
     */
    CompletableFuture<float[]> queryInBackground(String text) {
        float[] known = recent.get(text);
        if (known != null || unavailable) {
            return CompletableFuture.completedFuture(known);
        }
        return CompletableFuture.supplyAsync(() -> query(text), EMBEDDING_THREADS);
    }

    /**
     * The vector made in the background, or {@code null} if it failed or took more than {@value #WAIT_MILLIS} ms
     * (logged): the search then ranks by words alone rather than failing or keeping someone waiting.
     */
    static float[] await(CompletableFuture<float[]> vector) {
        try {
            return vector.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException
                | java.util.concurrent.CancellationException e) {
            log.warn("A search's vector was not made ({}); it is ranked by its words alone", e.toString());
            return null;
        }
    }

    /** The vector of a search or a project description; the most recent ones are kept (pages, filters, retyping). */
    float[] query(String text) {
        float[] known = recent.get(text);
        if (known == null) {
            known = embed(text);
            if (known != null && cachedQueries > 0) {
                recent.put(text, known);
            }
        }
        return known;
    }

    /**
     * Runs the model under the read lock: closing it ({@link #close}) waits for calls under way, and calls after it
     * get nothing (freeing ONNX Runtime's session under a running call crashes the whole JVM).
     */
    private float[] embed(String text) {
        inUse.readLock().lock();
        try {
            EmbeddingModel loaded = closed ? null : model();
            return loaded == null ? null : loaded.embed(text).content().vector();
        } finally {
            inUse.readLock().unlock();
        }
    }

    /** The model, loaded on first use; {@code null} if it cannot be loaded on this machine. */
    private OneThreadMiniLm model() {
        OneThreadMiniLm loaded = model;
        if (loaded == null && !unavailable) {
            synchronized (this) {
                if (model == null && !unavailable) {
                    try {
                        model = new OneThreadMiniLm();
                    } catch (RuntimeException | LinkageError e) {
                        unavailable = true;
                        log.error("The sentence-embedding model cannot be loaded, so search ranks by words alone "
                                + "(lessons.search.semantic=false stops trying)", e);
                    }
                }
                loaded = model;
            }
        }
        return loaded;
    }

    /**
     * Frees the model's native memory (ONNX Runtime's session) when the application stops, once no call is using it
     * (an indexer may still be running in the background); later calls get no vector.
     */
    @Override
    public void close() {
        inUse.writeLock().lock();
        try {
            closed = true;
            if (model != null) {
                model.close();
                model = null;
            }
        } finally {
            inUse.writeLock().unlock();
        }
    }

    /** Threads that make searches' vectors: one per core, daemon, a bounded queue (the caller runs it when full). */
    private static final ExecutorService EMBEDDING_THREADS = new ThreadPoolExecutor(
            Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors(), 60,
            TimeUnit.SECONDS, new LinkedBlockingQueue<>(256), runnable -> {
                Thread thread = new Thread(runnable, "search-embeddings");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.CallerRunsPolicy());

    /**
     * The quantised all-MiniLM-L6-v2 model from its jar, run by ONNX Runtime on one thread per call: for a search's
     * few words, spreading one call over both cores cost more in hand-overs than it saved (p99 4.3 → 1.7 ms
     * measured on 2 cores, the same vectors), and it leaves the other core to other people's requests.
     */
    private static final class OneThreadMiniLm extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;
        private final OrtSession session;

        OneThreadMiniLm() {
            super(null);
            try (InputStream modelFile = resource("all-minilm-l6-v2-q.onnx");
                    InputStream tokenizer = resource("all-minilm-l6-v2-q-tokenizer.json");
                    OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                session = environment.createSession(modelFile.readAllBytes(), options);
                encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (OrtException e) {
                throw new IllegalStateException("The sentence-embedding model could not be loaded", e);
            }
        }

        private static InputStream resource(String name) {
            InputStream in = OneThreadMiniLm.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return in;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        void close() {
            try {
                session.close();
            } catch (OrtException e) {
                log.warn("Closing the sentence-embedding model failed", e);
            }
        }
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
