package org.lessonsportal.domain.search;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The measures of the relevance tests. Graded judgements: a lesson not judged counts 0; the highest grade is
 * "relevant" for recall (2 in the blind set, 2 and 3 in the older set, whose scale goes to 3).
 */
final class RelevanceMeasures {

    private RelevanceMeasures() {
    }

    /** Normalised discounted cumulative gain at k, with gains 2^grade − 1; 1 when nothing is relevant. */
    static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().filter(g -> g > 0).sorted(Comparator.reverseOrder()).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 1 : dcg / idcg;
    }

    /** The share of the lessons graded 2 or more that are among the first k; 1 when there is none. */
    static double recall(List<String> ranked, Map<String, Integer> grades, int k) {
        long relevant = grades.values().stream().filter(g -> g >= 2).count();
        if (relevant == 0) {
            return 1;
        }
        return (double) found(ranked, grades, k) / relevant;
    }

    /** How many lessons graded 2 or more are among the first k. */
    static long found(List<String> ranked, Map<String, Integer> grades, int k) {
        return ranked.stream().limit(k).filter(id -> grades.getOrDefault(id, 0) >= 2).count();
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
