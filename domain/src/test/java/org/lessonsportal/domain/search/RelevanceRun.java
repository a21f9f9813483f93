package org.lessonsportal.domain.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs judged searches through the portal and through {@link PlainBm25} side by side and keeps, per search, nDCG@10
 * and recall@10 of both. Prints a line per search when asked (nDCG@10 of both, and how many
 * lessons graded 2 each found in the first ten) (never for a held-out half, so nobody tunes on it).
 */
final class RelevanceRun {

    static final int K = 10;

    /** One search's figures. */
    record Scored(JudgedSearch search, double portalNdcg, double bm25Ndcg, double portalRecall, double bm25Recall,
            long portalFound, long bm25Found) {
    }

    /** The means over a group of searches. */
    record Means(String name, int searches, double portalNdcg, double bm25Ndcg, double portalRecall,
            double bm25Recall) {

        String row() {
            return String.format(Locale.UK, "| %-42s | %3d | %.3f | %.3f | %+.3f | %.3f | %.3f |", name, searches,
                    portalNdcg, bm25Ndcg, portalNdcg - bm25Ndcg, portalRecall, bm25Recall);
        }

        static String header() {
            return "| set, kind                                  |   n | portal nDCG@10 | BM25 nDCG@10 | difference "
                    + "| portal recall@10 | BM25 recall@10 |";
        }
    }

    private RelevanceRun() {
    }

    /**
     * @param portal the portal's ranking of a search (exchange ids, best first)
     * @param detail whether to print each search's figures and first results
     */
    static List<Scored> run(List<JudgedSearch> searches, Function<JudgedSearch, List<String>> portal,
            PlainBm25 bm25, boolean detail) {
        List<Scored> scored = new ArrayList<>();
        for (JudgedSearch search : searches) {
            if (!search.hasRelevant()) {
                continue;
            }
            List<String> mine = portal.apply(search);
            List<String> theirs = bm25.search(search.text(), K);
            Map<String, Integer> grades = search.grades();
            Scored s = new Scored(search, RelevanceMeasures.ndcg(mine, grades, K),
                    RelevanceMeasures.ndcg(theirs, grades, K), RelevanceMeasures.recall(mine, grades, K),
                    RelevanceMeasures.recall(theirs, grades, K), RelevanceMeasures.found(mine, grades, K),
                    RelevanceMeasures.found(theirs, grades, K));
            scored.add(s);
            if (detail) {
                String text = search.text().length() > 58 ? search.text().substring(0, 58) + "…" : search.text();
                System.out.printf(Locale.UK, "  %-6s portal %.3f  bm25 %.3f  found %d/%d  %-60s %s%n", search.id(),
                        s.portalNdcg(), s.bm25Ndcg(), s.portalFound(), s.bm25Found(), text, mine.stream().limit(6)
                                .map(id -> id + ":" + grades.getOrDefault(id, 0)).toList());
            }
        }
        return scored;
    }

    /**
     * The portal's ranking of a judged search as exchange ids: a keyword search through the search box, a project
     * description through similar lessons (with the type of project chosen, if any).
     */
    static List<String> portal(SearchService search, Map<Long, String> externalIds, JudgedSearch judged) {
        List<Long> ids = judged.kind() == JudgedSearch.Kind.KEYWORD
                ? search.search(SearchQuery.builder().text(judged.text()).size(K).build()).items().stream()
                        .map(SearchHit::lessonId).toList()
                : search.similar(judged.text(), judged.projectType(), null, K).lessons().stream()
                        .map(SimilarLesson::lessonId).toList();
        return ids.stream().map(externalIds::get).toList();
    }

    static Means means(String name, List<Scored> scored) {
        return new Means(name, scored.size(), scored.stream().mapToDouble(Scored::portalNdcg).average().orElse(0),
                scored.stream().mapToDouble(Scored::bm25Ndcg).average().orElse(0),
                scored.stream().mapToDouble(Scored::portalRecall).average().orElse(0),
                scored.stream().mapToDouble(Scored::bm25Recall).average().orElse(0));
    }
}
