package org.lessonsportal.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.lessonsportal.domain.lesson.ImportReport;
import org.lessonsportal.domain.lesson.LessonExchangeService;
import org.springframework.core.io.ByteArrayResource;

/** Lessons for search tests, imported (and so published) through the exchange service. Every run is unique. */
final class SearchFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private SearchFixtures() {
    }

    /** A unique ODS code, so a test can restrict its searches to its own lessons. */
    static String ods() {
        return "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /**
     * A made-up word no real lesson uses, unique to the run: searching for it finds only the test's own lessons,
     * whatever else the shared database and index hold.
     */
    static String marker() {
        StringBuilder word = new StringBuilder("qz");
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** A complete lesson with sensible defaults; change what the test is about. */
    static ObjectNode lesson(String odsCode, String organisationName, String projectType, String title,
            String summary, String body) {
        ObjectNode lesson = JSON.createObjectNode();
        lesson.put("id", "search-test-" + UUID.randomUUID());
        lesson.put("title", title);
        lesson.put("summary", summary);
        lesson.put("projectType", projectType);
        lesson.putArray("settings").add("acute");
        lesson.put("region", "midlands");
        lesson.putObject("organisation").put("odsCode", odsCode).put("name", organisationName);
        lesson.put("startedOn", "2020-01-10");
        lesson.put("completedOn", "2023-06-30");
        lesson.put("publishedOn", "2024-01-15");
        lesson.put("context", body);
        lesson.put("approach", "We worked in short phases with the teams involved.");
        lesson.put("outcomes", "The change stuck and the teams were positive.");
        ArrayNode challenges = lesson.putArray("challenges");
        challenges.addObject().put("type", "training-adoption").put("description", "Some staff were slow to adopt it.")
                .put("resolution", "We ran drop-in sessions on every shift.");
        lesson.put("recommendations", "Plan the training early and keep it short.");
        lesson.putArray("technologies");
        lesson.putArray("tags");
        return lesson;
    }

    static ImportReport importLessons(LessonExchangeService exchange, List<ObjectNode> lessons) {
        ObjectNode document = JSON.createObjectNode();
        document.put("format", "lessons-exchange/1");
        ArrayNode list = document.putArray("lessons");
        lessons.forEach(list::add);
        try {
            ImportReport report = exchange.importAsSystem(new ByteArrayResource(JSON.writeValueAsBytes(document)),
                    (done, total) -> { });
            assertThat(report.rejected()).as("lessons rejected by the import").isEmpty();
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
