package org.lessonsportal.portal.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.lessonsportal.domain.lesson.ImportProgress;
import org.lessonsportal.domain.lesson.ImportReport;
import org.lessonsportal.domain.lesson.LessonExchangeService;
import org.lessonsportal.domain.shared.DomainException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Component;

/**
 * {@code ./portal import FILE}: imports a {@code lessons-exchange/1} file (or a spreadsheet saved as CSV, by its
 * {@code .csv} ending) into the configured database as the portal
 * itself, prints the report in plain English, and exits (0: file read, even if some records were rejected;
 * 2: the file could not be read, nothing imported; Spring Boot itself exits with 1 when the portal cannot start).
 * Does nothing when the portal runs as a server ({@link ImportSettings#requested()}).
 */
@Component
@EnableConfigurationProperties(ImportSettings.class)
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    private final LessonExchangeService exchange;
    private final ImportSettings settings;
    private final PrintStream out;
    private int exitCode;

    ImportCommand(LessonExchangeService exchange, ImportSettings settings) {
        this.exchange = exchange;
        this.settings = settings;
        this.out = System.out;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.requested()) {
            return;
        }
        Path file = settings.path();
        if (!Files.isReadable(file)) {
            out.println("Cannot read " + file + ".");
            exitCode = 2;
            return;
        }
        out.println("Importing " + file.getFileName() + " ...");
        try {
            ImportProgress progress = (done, total) -> {
                if (done > 0 && (done == total || done % 100 == 0)) {
                    out.printf("  %d of %s%n", done, ImportReport.lessons(total));
                }
            };
            boolean spreadsheet = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
            ImportReport report = spreadsheet
                    ? exchange.importSpreadsheetAsSystem(new FileSystemResource(file), progress)
                    : exchange.importAsSystem(new FileSystemResource(file), progress);
            print(report);
        } catch (DomainException e) {
            out.println("Nothing was imported: " + e.getMessage());
            exitCode = 2;
        }
    }

    private void print(ImportReport report) {
        out.println(report.summary());
        for (ImportReport.Rejected rejected : report.rejected()) {
            String which = rejected.title() == null || rejected.title().isBlank() ? ""
                    : " (\"" + rejected.title() + "\")";
            out.printf("  %s%s was not imported:%n", rejected.where(), which);
            rejected.lines().forEach(line -> out.printf("    - %s%n", line));
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
