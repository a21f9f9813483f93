package org.lessonsportal.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.lessonsportal.domain.lesson.ImportProgress;
import org.lessonsportal.domain.lesson.ImportReport;
import org.lessonsportal.domain.lesson.LessonExchangeService;
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
}
