package org.lessonsportal.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.lessonsportal.domain.lesson.ImportProgress;
import org.lessonsportal.domain.lesson.ImportReport;
import org.lessonsportal.domain.lesson.LessonExchangeService;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** The lessons a browser test needs, kept in exchange files next to the test and imported as the portal itself. */
public final class ExchangeFiles {

    private ExchangeFiles() {
    }

    /**
     * Imports the exchange file with this name from the test's package (its lessons have ids, so a second run changes
     * nothing) and checks that no lesson was rejected.
     */
    public static void importLessons(LessonExchangeService exchange, Class<?> test, String fileName) {
        ImportReport report = exchange.importAsSystem(new ClassPathResource(fileName, test), ImportProgress.none());
        assertThat(report.rejected()).isEmpty();
    }

    /**
     * Imports the one lesson of the exchange file with this name from the test's package as a new lesson with this
     * title: the file's {@code {uuid}} (in its id) becomes a new random id, so every run publishes a lesson nobody has
     * reused, asked about or offered help with yet; {@code "{title}"} becomes the title. Returns the lesson's id.
     */
    public static Long importNew(LessonExchangeService exchange, Class<?> test, String fileName, String title) {
        String json;
        try {
            json = new ClassPathResource(fileName, test).getContentAsString(StandardCharsets.UTF_8)
                    .replace("{uuid}", UUID.randomUUID().toString())
                    .replace("\"{title}\"", new ObjectMapper().writeValueAsString(title));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportReport report = exchange.importAsSystem(new ByteArrayResource(json.getBytes(StandardCharsets.UTF_8)),
                ImportProgress.none());
        assertThat(report.rejected()).as("the test lesson imports").isEmpty();
        return report.imported().get(0).lessonId();
    }

    /** A title that no earlier run used: the start, a space and six letters or digits. */
    public static String uniqueTitle(String start) {
        return start + " " + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    }
}
