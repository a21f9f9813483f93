package org.lessonsportal.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.lessonsportal.domain.lesson.ImportReport;
import org.lessonsportal.domain.lesson.LessonExchangeService;
import org.springframework.core.io.ClassPathResource;

/**
 * The relevance test collection, {@code search/relevance-lessons.json}: 46 published lessons across all 13 project
 * types. Importing it again changes nothing (lessons are matched by their exchange id).
 */
final class RelevanceCollection {

    private RelevanceCollection() {
    }

    /** Imports the collection; returns the portal's lesson id → the lesson's exchange id. */
    static Map<Long, String> load(LessonExchangeService exchange) {
        ImportReport report = exchange.importAsSystem(new ClassPathResource("search/relevance-lessons.json"),
                (done, total) -> { });
        assertThat(report.rejected()).as("rejected lessons of the test collection").isEmpty();
        assertThat(report.total()).isGreaterThanOrEqualTo(40);
        Map<Long, String> externalIds = new HashMap<>();
        report.imported().forEach(i -> externalIds.put(i.lessonId(), i.externalId()));
        return externalIds;
    }
}
