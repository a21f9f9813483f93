package org.lessonsportal.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Reciprocal rank fusion of a ranking by words with one by meaning. */
class SentenceEmbeddingsTest {

    @Test
    void aPlaceHighInBothRankingsWinsAndMeaningCountsLessThanWords() {
        Map<String, Double> fused = SentenceEmbeddings.fuse(List.of("a", "b", "c", "d"), List.of("c", "a", "d", "b"),
                0.4);

        assertThat(fused.keySet()).containsExactly("a", "c", "b", "d");
        assertThat(fused.get("a")).isCloseTo(1.0 / 21 + 0.4 / 22, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void itemsInOnlyOneRankingScoreFromItAndTiesKeepTheOrderByWords() {
        Map<String, Double> fused = SentenceEmbeddings.fuse(List.of("a", "b"), List.of("z"), 1.0);

        assertThat(fused.keySet()).as("a and z tie: the one found by words first").containsExactly("a", "z", "b");
        assertThat(SentenceEmbeddings.fuse(List.of("a", "b"), List.of(), 0.4).keySet()).containsExactly("a", "b");
    }

    @Test
    void closingWhileAnIndexerStillEmbedsWaitsForItAndLaterCallsGetNoVector() throws Exception {
        SentenceEmbeddings embeddings = new SentenceEmbeddings(0);
        assertThat(embeddings.query("virtual ward")).hasSize(SentenceEmbeddings.DIMENSIONS);
        AtomicInteger made = new AtomicInteger();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread indexer = new Thread(() -> {
            try {
                for (int i = 0; i < 200; i++) {
                    if (embeddings.query("lesson number " + i) != null) {
                        made.incrementAndGet();
                    }
                }
            } catch (Throwable e) {
                failed.set(e);
            }
        });
        indexer.start();
        Thread.sleep(20);

        embeddings.close();
        indexer.join();

        assertThat(failed.get()).isNull();
        assertThat(made.get()).isLessThan(200);
        assertThat(embeddings.query("after closing")).isNull();
    }
}
