package org.lessonsportal.portal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.organisation.OdsFile;
import org.lessonsportal.domain.organisation.OdsImportReport;
import org.lessonsportal.domain.organisation.OdsReferenceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * For the embedded demo: imports a small fictional sample of the ODS files (ICBs and sub-ICB locations, NHS trusts,
 * GP practices, in the layouts ODS publishes; codes such as ZZ1 and QZZ that belong to no real organisation), so the
 * demo's organisations take their names, types, regions and ICBs from ODS as a real deployment's would. At every
 * start when {@code lessons.demo-data} is true ({@link DemoSettings}), before the demo lessons: an import matches by
 * ODS code, so importing again changes nothing.
 */
@Component
@Order(0)
@RequiredArgsConstructor
class DemoOrganisations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisations.class);
    /** The boards first, so the trusts and practices after them find their ICBs. */
    static final List<String> FILES = List.of("demo/ods/eccg.csv", "demo/ods/etr.csv", "demo/ods/epraccur.csv");

    private final OdsReferenceService reference;
    private final DemoSettings settings;

    @Override
    public void run(ApplicationArguments args) {
        if (settings.demoData()) {
            load();
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
