package org.lessonsportal.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
}
