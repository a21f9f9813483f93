package org.lessonsportal.portal.demo;

import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.lesson.ImportProgress;
import org.lessonsportal.domain.lesson.ImportReport;
import org.lessonsportal.domain.lesson.LessonExchangeService;
import org.lessonsportal.domain.lesson.LessonService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * For the embedded demo ({@code ./portal run} without an external database): when no lesson is published yet, loads
 * a set of realistic, fictional lessons from fictional organisations, so there is something to find and read. Only
 * when {@code lessons.demo-data} is true ({@link DemoSettings}).
 */
@Component
@EnableConfigurationProperties(DemoSettings.class)
@RequiredArgsConstructor
class DemoLessons implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLessons.class);
    static final String FILE = "demo/demo-lessons.json";

    private final LessonService lessons;
    private final LessonExchangeService exchange;
    private final DemoSettings settings;

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.demoData() || !lessons.recentlyPublished(1).isEmpty()) {
            return;
        }
        ImportReport report = exchange.importAsSystem(new ClassPathResource(FILE), ImportProgress.none());
        log.info("Loaded the demo lessons: {} created, {} rejected", report.created(), report.rejected().size());
    }
}
