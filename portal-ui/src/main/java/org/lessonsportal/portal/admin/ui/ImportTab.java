package org.lessonsportal.portal.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Future;
import org.lessonsportal.domain.lesson.ExchangeSettings;
import org.lessonsportal.domain.lesson.ExportScope;
import org.lessonsportal.domain.lesson.ImportProgress;
import org.lessonsportal.domain.lesson.ImportReport;
import org.lessonsportal.domain.lesson.LessonExchangeService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.identity.CurrentUserService;
import org.lessonsportal.portal.base.ui.ErrorReference;
import org.lessonsportal.portal.base.ui.Formats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Import of lessons from a {@code lessons-exchange/1} file (JSON) or a spreadsheet saved as CSV, in the background
 * with progress pushed to the page and a report in plain words, and export of the published lessons.
 */
@Route(value = AdminLayout.IMPORT, layout = AdminLayout.class)
@PageTitle("Import and export - Administration - Lessons Portal")
@RolesAllowed(Roles.ADMIN)
class ImportTab extends Div {

    private static final Logger log = LoggerFactory.getLogger(ImportTab.class);

    private final LessonExchangeService exchange;
    private final ImportJobs jobs;
    private final Actor actor;
    private final Authentication authentication;

    final Upload upload;
    final LimitedUpload receiver;
    private final String tooLargeMessage;
    final ImportProgressBox progress = new ImportProgressBox("import-progress-text");
    final Div report = new Div();
    private Future<?> runningImport;

    /**
     * @param settings the largest file the upload accepts ({@code lessons.exchange.max-file-size}): checked in the
     *                 browser, and again on the server while the file arrives
     */
    ImportTab(LessonExchangeService exchange, ImportJobs jobs, CurrentUserService currentUsers,
            ExchangeSettings settings) {
        this.exchange = exchange;
        this.jobs = jobs;
        this.actor = currentUsers.require().actor();
        this.authentication = SecurityContextHolder.getContext().getAuthentication();
        setId("admin-import");
        tooLargeMessage = "The file is larger than " + Math.max(1, settings.maxFileSize().toMegabytes()) + " MB. Split it into "
                + "smaller files and import them one by one.";
        receiver = new LimitedUpload(settings.maxFileBytes(), this::startImport, () -> showImportProblem(
                tooLargeMessage));
        upload = new Upload(receiver);

        add(new H2("Import lessons"));
        add(new Paragraph("Import published lessons from a lessons-exchange/1 file (JSON), for example one exported "
                + "from another Lessons Portal, or from a spreadsheet saved as CSV, one lesson a row. Lessons imported "
                + "before with the same id are updated; the others are added. A lesson written in this portal is "
                + "never changed by an import. Each lesson is checked like a submission: lessons with problems are "
                + "left out and listed below with the reason."));
        add(SpreadsheetHelp.create());
        ImportUploads.configure(upload, "import-upload", settings.maxFileBytes(), "Choose a file…", tooLargeMessage,
                "Choose a lessons-exchange/1 file ending in .json, or a spreadsheet saved as CSV ending in .csv.",
                "application/json", ".json", "text/csv", ".csv");
        upload.addFileRejectedListener(e -> showImportProblem(e.getErrorMessage()));

        progress.bar.setId("import-progress");
        Div importStatus = new Div(progress);
        importStatus.setId("import-status");
        report.setId("import-report");
        add(upload, importStatus, report);

        add(new H2("Export published lessons"));
        add(new Paragraph("Download every published lesson as a lessons-exchange/1 file, to share with another "
                + "portal or keep as a copy."));
        Anchor download = new Anchor(exportHandler(), "Download published lessons (JSON)");
        download.setId("export-download");
        download.addClassName("button-link");
        add(new Paragraph(download));
    }

    private DownloadHandler exportHandler() {
        return event -> {
            event.setFileName("lessons-" + LocalDate.now(Formats.UK) + ".json");
            event.setContentType("application/json");
            exchange.exportPublished(event.getOutputStream(), ExportScope.all());
        };
    }

    /**
     * Starts importing an uploaded file in the background; progress and the report are pushed to the page. The file
     * is deleted when the import ends.
     */
    void startImport(String fileName, Path content) {
        UI ui = UI.getCurrent();
        report.removeAll();
        progress.start("Checking " + fileName + "…");
        upload.setEnabled(false);
        runningImport = jobs.run(authentication, () -> {
            try {
                ImportProgress told = (done, total) -> ui.access(() -> showProgress(done, total));
                ImportReport result = isSpreadsheet(fileName)
                        ? exchange.importSpreadsheet(new FileSystemResource(content), actor, told)
                        : exchange.importLessons(new FileSystemResource(content), actor, told);
                ui.access(() -> showReport(fileName, result));
            } catch (DomainException e) {
                ui.access(() -> showImportProblem(e.getMessage()));
            } catch (RuntimeException e) {
                String reference = ErrorReference.next();
                log.error("Import failed, reference {}", reference, e);
                ui.access(() -> showImportProblem("Sorry, the import stopped because of an unexpected error. Some "
                        + "lessons may already have been imported; importing the file again will not duplicate them. "
                        + "If it keeps happening, contact your IT service desk and quote " + reference + "."));
            } finally {
                LimitedUpload.delete(content);
            }
        });
    }

    /** A file ending in .csv is a spreadsheet; anything else is read as a lessons-exchange/1 document. */
    static boolean isSpreadsheet(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    private void showProgress(int done, int total) {
        progress.show(total == 0 ? 1 : (double) done / total,
                "Imported " + done + " of " + ImportReport.lessons(total));
    }

    private void showReport(String fileName, ImportReport result) {
        upload.setEnabled(true);
        upload.clearFileList();
        progress.show(1, "Finished importing " + fileName);
        report.removeAll();
        report.add(new H2("What the import did"));
        Paragraph summary = new Paragraph(result.summary());
        summary.setId("import-summary");
        summary.getElement().setAttribute("role", "status");
        report.add(summary);
        if (!result.rejected().isEmpty()) {
            report.add(new Paragraph((result.rejected().size() == 1 ? "This lesson was" : "These lessons were")
                    + " not imported. Fix " + (result.rejected().size() == 1 ? "it" : "them") + " in the file and "
                    + "import it again; the lessons already imported will not be duplicated."));
            UnorderedList rejected = new UnorderedList();
            rejected.setId("import-rejected");
            for (ImportReport.Rejected r : result.rejected()) {
                r.lines().forEach(line -> rejected.add(new ListItem(line)));
            }
            report.add(rejected);
        }
    }

    private void showImportProblem(String message) {
        ImportUploads.showNotImported(upload, progress, report, "import-problem", message);
    }

    Future<?> runningImport() {
        return runningImport;
    }
}
