package org.lessonsportal.portal.demo;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.organisation.OdsFile;
import org.lessonsportal.domain.organisation.OdsImportReport;
import org.lessonsportal.domain.organisation.OdsReferenceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
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
 * lessons that name these organisations; into one an earlier start filled, on a thread of its own a minute after the
 * portal is ready, because it then only brings a newer sample's changes, and its 1.5 s of CPU beside the first
 * requests made the portal slower to be ready (docs/adr/0059, docs/benchmarks.md).
 */
@Component
@Order(0)
@RequiredArgsConstructor(access = lombok.AccessLevel.PACKAGE)
class DemoOrganisations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisations.class);
    /** The boards first, so the trusts and practices after them find their ICBs. */
    static final List<String> FILES = List.of("demo/ods/eccg.csv", "demo/ods/etr.csv", "demo/ods/epraccur.csv");

    /** How long after the portal is ready a database an earlier start filled gets the sample again. */
    static final Duration RELOAD_AFTER = Duration.ofMinutes(1);

    private final OdsReferenceService reference;
    private final LessonService lessons;
    private final DemoSettings settings;
    private final Duration reloadAfter;
    private volatile boolean loadWhenReady;
    private volatile ScheduledExecutorService loading;
    private volatile ScheduledFuture<?> load;

    @Autowired
    DemoOrganisations(OdsReferenceService reference, LessonService lessons, DemoSettings settings) {
        this(reference, lessons, settings, RELOAD_AFTER);
    }

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
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "demo-ods-sample");
            thread.setDaemon(true);
            return thread;
        });
        // a stop before the import began ends at once rather than when it was due
        executor.setRemoveOnCancelPolicy(true);
        loading = executor;
        load = executor.schedule(() -> {
            try {
                load();
            } catch (RuntimeException e) {
                log.warn("The demo's ODS sample could not be loaded again; the organisations stay as they were", e);
            }
        }, reloadAfter.toMillis(), TimeUnit.MILLISECONDS);
        executor.shutdown();
    }

    /**
     * A stop before the sample's import began skips it (the next start does it); one during it waits for it rather
     * than closing the database under it.
     */
    @PreDestroy
    void awaitLoading() throws InterruptedException {
        ScheduledExecutorService executor = loading;
        if (executor != null) {
            // not interrupted: H2 closes its file when a thread using it is interrupted
            load.cancel(false);
            executor.awaitTermination(30, TimeUnit.SECONDS);
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
