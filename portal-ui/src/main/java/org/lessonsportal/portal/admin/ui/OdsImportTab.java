package org.lessonsportal.portal.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import org.lessonsportal.domain.lesson.ExchangeSettings;
import org.lessonsportal.domain.organisation.OdsFile;
import org.lessonsportal.domain.organisation.OdsImportReport;
import org.lessonsportal.domain.organisation.OdsReferenceService;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.portal.base.ui.ErrorReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Import of the NHS Organisation Data Service (ODS) files: NHS trusts ({@code etr.csv}), GP practices
 * ({@code epraccur.csv}), ICBs and sub-ICB locations ({@code eccg.csv}, {@code eauth.csv}), in the layouts ODS
 * publishes, recognised by their names. The import runs in the background; the report says what was added, what
 * changed and which rows were left out, row by row (ADR 0047).
 */
@Route(value = AdminLayout.ODS, layout = AdminLayout.class)
@PageTitle("ODS import - Administration - Lessons Portal")
@RolesAllowed(Roles.ADMIN)
class OdsImportTab extends Div {

    private static final Logger log = LoggerFactory.getLogger(OdsImportTab.class);
    /** Rows the page lists; a whole country's file may have thousands of changes. */
    static final int LINES_SHOWN = 200;

    private final OdsReferenceService reference;
    private final ImportJobs jobs;
    private final Authentication authentication;

    final Upload upload;
    final LimitedUpload receiver;
    private final ImportProgressBox progress = new ImportProgressBox("ods-progress-text");
    final Div report = new Div();
    private Future<?> runningImport;

    OdsImportTab(OdsReferenceService reference, ImportJobs jobs, ExchangeSettings settings) {
        this.reference = reference;
        this.jobs = jobs;
        this.authentication = SecurityContextHolder.getContext().getAuthentication();
        setId("admin-ods");
        String tooLarge = "The file is larger than " + Math.max(1, settings.maxFileSize().toMegabytes())
                + " MB, larger than any ODS file of organisations. Check that it is the right file.";
        receiver = new LimitedUpload(settings.maxFileBytes(), this::startImport, () -> showProblem(tooLarge));
        upload = new Upload(receiver);

        add(new H2("Import organisations from ODS"));
        add(new Paragraph("Import the NHS Organisation Data Service (ODS) files of NHS trusts (etr.csv), GP "
                + "practices (epraccur.csv), and integrated care boards and sub-ICB locations (eccg.csv or "
                + "eauth.csv), as ODS publishes them: download them from ODS Data Search and Export or TRUD, unzip "
                + "them and keep their names. Organisations are matched by ODS code: importing a newer file updates "
                + "them and the report says what changed."));
        add(new Paragraph("Where ODS lists an organisation, the portal shows the name, type, region and integrated "
                + "care board ODS gives, whatever the organisation's account says; someone who signs in from it gets "
                + "that organisation. Organisations ODS does not list keep what their accounts say."));
        add(columnsHelp());
        ImportUploads.configure(upload, "ods-upload", settings.maxFileBytes(), "Choose an ODS file…", tooLarge,
                "Choose an ODS file ending in .csv, such as etr.csv. Unzip it first.", "text/csv", ".csv");
        upload.addFileRejectedListener(e -> showProblem(e.getErrorMessage()));

        report.setId("ods-report");
        add(upload, progress, report);
    }

    private static Details columnsHelp() {
        UnorderedList columns = new UnorderedList();
        columns.add(new ListItem("Every file: column 1, the ODS code; 2, the name; 3, the NHS England region (Y56 to "
                + "Y63); 4, the integrated care board (a Q code); 10, the postcode; 12, the date it closed."));
        columns.add(new ListItem("epraccur.csv also: column 15, the practice's commissioner (its sub-ICB location)."));
        columns.add(new ListItem("In the ICB file, 3-character codes starting with Q are integrated care boards; "
                + "the others are sub-ICB locations of the board in column 4. A board with no row of its own (eccg.csv "
                + "has none) is named from its sub-ICB locations until its own row is imported."));
        columns.add(new ListItem("Types: GP practices are primary care, boards and sub-ICB locations integrated care "
                + "boards; a trust's type is read from its name (ambulance, mental health, community, hospital) "
                + "and otherwise stays as its account says."));
        Details details = new Details("Which columns the portal reads", new Div(new Paragraph("ODS files have no "
                + "headings; the portal reads these columns of the 27 and ignores the rest."), columns));
        details.setId("ods-columns");
        return details;
    }

    /** Starts importing an uploaded file in the background; the report is pushed to the page. */
    void startImport(String fileName, Path content) {
        Optional<OdsFile> file = OdsFile.fromFileName(fileName);
        if (file.isEmpty()) {
            LimitedUpload.delete(content);
            showProblem("The portal recognises ODS files by the names ODS gives them: " + OdsFile.known()
                    + ". Upload the file under its ODS name.");
            return;
        }
        UI ui = UI.getCurrent();
        report.removeAll();
        progress.start("Importing " + fileName + " (" + file.get().description() + ")…");
        upload.setEnabled(false);
        runningImport = jobs.run(authentication, () -> {
            try (InputStream in = Files.newInputStream(content)) {
                OdsImportReport result = reference.importFile(file.get(), in);
                ui.access(() -> showReport(fileName, result));
            } catch (DomainException e) {
                ui.access(() -> showProblem(e.getMessage()));
            } catch (IOException | RuntimeException e) {
                String errorReference = ErrorReference.next();
                log.error("ODS import failed, reference {}", errorReference, e);
                ui.access(() -> showProblem("Sorry, the import stopped because of an unexpected error, and nothing "
                        + "was imported. If it keeps happening, contact your IT service desk and quote "
                        + errorReference + "."));
            } finally {
                LimitedUpload.delete(content);
            }
        });
    }

    private void showReport(String fileName, OdsImportReport result) {
        upload.setEnabled(true);
        upload.clearFileList();
        progress.setVisible(false);
        report.removeAll();
        report.add(new H2("What the import of " + fileName + " did"));
        Paragraph summary = new Paragraph(result.summary());
        summary.setId("ods-summary");
        summary.getElement().setAttribute("role", "status");
        report.add(summary);
        if (result.portalSummary() != null) {
            Paragraph portal = new Paragraph(result.portalSummary());
            portal.setId("ods-portal-summary");
            report.add(portal);
        }
        if (!result.notes().isEmpty()) {
            UnorderedList notes = new UnorderedList();
            notes.setId("ods-notes");
            result.notes().forEach(note -> notes.add(new ListItem(note)));
            report.add(notes);
        }
        List<String> lines = result.lines();
        if (!lines.isEmpty()) {
            report.add(new Paragraph("Changes, and rows left out (fix them in the file and import it again; rows "
                    + "already imported are matched by ODS code, never added twice):"));
            UnorderedList list = new UnorderedList();
            list.setId("ods-rows");
            lines.stream().limit(LINES_SHOWN).forEach(line -> list.add(new ListItem(line)));
            if (lines.size() > LINES_SHOWN) {
                list.add(new ListItem("… and " + AdminTexts.count(lines.size() - LINES_SHOWN, "more row") + "."));
            }
            report.add(list);
        }
    }

    private void showProblem(String message) {
        ImportUploads.showNotImported(upload, progress, report, "ods-problem", message);
    }

    Future<?> runningImport() {
        return runningImport;
    }
}
