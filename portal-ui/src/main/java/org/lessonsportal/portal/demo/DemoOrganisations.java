package org.lessonsportal.portal.demo;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.organisation.OdsFile;
import org.lessonsportal.domain.organisation.OdsImportReport;
import org.lessonsportal.domain.organisation.OdsReferenceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * For the embedded demo: imports a small fictional sample of the ODS files (ICBs and sub-ICB locations, NHS trusts,
 * GP practices, in the layouts ODS publishes; codes such as ZZ1 and QZZ that belong to no real organisation), so the
 * demo's organisations take their names, types, regions and ICBs from ODS as a real deployment's would. At every
 * start when {@code lessons.demo-data} is true ({@link DemoSettings}): an import matches by ODS code, so importing
 * again changes nothing unless the sample changed. Into a new database (no lesson published yet) before the demo
 * lessons that name these organisations; into one an earlier start filled, on a thread of its own once the portal is
 * ready, because it then only brings a newer sample's changes and took two seconds of a start (docs/adr/0059).
 */
@Component
@Order(0)
@RequiredArgsConstructor
class DemoOrganisations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisations.class);
    /** The boards first, so the trusts and practices after them find their ICBs. */
    static final List<String> FILES = List.of("demo/ods/eccg.csv", "demo/ods/etr.csv", "demo/ods/epraccur.csv");

    private final OdsReferenceService reference;
    private final LessonService lessons;
    private final DemoSettings settings;
    private volatile boolean loadWhenReady;
    private volatile Thread loading;

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.demoData()) {
            return;
        }
        if (lessons.recentlyPublished(1).isEmpty()) {
            load();
        } else {
            loadWhenReady = true;
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnceReady() {
        if (!loadWhenReady) {
            return;
        }
        loadWhenReady = false;
        Thread thread = new Thread(() -> {
            try {
                load();
            } catch (RuntimeException e) {
                log.warn("The demo's ODS sample could not be loaded again; the organisations stay as they were", e);
            }
        }, "demo-ods-sample");
        thread.setDaemon(true);
        loading = thread;
        thread.start();
    }

    /** A stop soon after the start waits for the sample's import rather than closing the database under it. */
    @PreDestroy
    void awaitLoading() throws InterruptedException {
        Thread thread = loading;
        if (thread != null) {
            thread.join(30_000);
        }
    }

    List<OdsImportReport> load() {
        List<OdsImportReport> reports = new ArrayList<>();
        for (String file : FILES) {
            OdsFile layout = OdsFile.fromFileName(file).orElseThrow();
            try (InputStream in = new ClassPathResource(file).getInputStream()) {
                OdsImportReport report = reference.importAsSystem(layout, in);
                log.info("Loaded the demo's ODS sample {}: {}", file, report.summary());
                reports.add(report);
            } catch (IOException e) {
                throw new UncheckedIOException("The demo's ODS sample " + file + " is missing", e);
            }
        }
        return reports;
    }
}
