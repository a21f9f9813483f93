package org.lessonsportal.portal.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.lessonsportal.domain.lesson.ExportScope;
import org.lessonsportal.domain.lesson.ImportReport;
import org.lessonsportal.domain.lesson.LessonExchangeService;
import org.lessonsportal.domain.organisation.Member;
import org.lessonsportal.domain.organisation.Organisation;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.search.SearchService;
import org.lessonsportal.domain.search.SearchVocabularyService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.Labelled;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.identity.CurrentUserService;
import org.lessonsportal.portal.base.ui.ErrorReference;
import org.lessonsportal.portal.base.ui.Formats;
import org.lessonsportal.portal.base.ui.MainLayout;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.workflow.review.OverdueTask;
import org.lessonsportal.workflow.review.ReviewIncident;
import org.lessonsportal.workflow.review.ReviewOperations;
import org.lessonsportal.workflow.review.RunningReview;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * For administrators: the organisations and members the portal knows (a read-only mirror of the organisation
 * accounts), each reviewer's areas of expertise, import and export of lessons as {@code lessons-exchange/1} files, and
 * search: the extra search vocabulary and rebuilding the index ({@link SearchTab}).
 */
@Route(value = PortalRoutes.ADMIN, layout = MainLayout.class)
@PageTitle("Administration - Lessons Portal")
@RolesAllowed(Roles.ADMIN)
class AdminView extends Div {

    private static final Logger log = LoggerFactory.getLogger(AdminView.class);
    /** The largest file the upload accepts; the import service has its own limit too. */
    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    private final OrganisationService organisations;
    private final LessonExchangeService exchange;
    private final ImportJobs jobs;
    private final ReviewOperations operations;
    final Div reviewsTab = new Div();
    private final Actor actor;
    private final Authentication authentication;

    final TabSheet tabs = new TabSheet();
    final Grid<Organisation> organisationGrid = new Grid<>();
    final Grid<Member> memberGrid = new Grid<>();
    final ComboBox<Member> reviewer = new ComboBox<>("Reviewer");
    final MultiSelectComboBox<ProjectType> expertise = new MultiSelectComboBox<>("Types of project they review");
    final Button saveExpertise = new Button("Save areas of expertise");
    private final Paragraph expertiseSaved = new Paragraph();
    final Upload upload;
    final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Div importStatus = new Div();
    final Div report = new Div();
    private Future<?> runningImport;
    final SearchTab searchTab;

    AdminView(OrganisationService organisations, LessonExchangeService exchange, ImportJobs jobs,
            ReviewOperations operations, CurrentUserService currentUsers, SearchVocabularyService vocabulary,
            SearchService search) {
        this.organisations = organisations;
        this.operations = operations;
        this.exchange = exchange;
        this.jobs = jobs;
        this.actor = currentUsers.require().actor();
        this.authentication = SecurityContextHolder.getContext().getAuthentication();
        addClassName("admin-page");
        add(new H1("Administration"));

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> startImport(metadata.fileName(), bytes)));

        tabs.setId("admin-tabs");
        tabs.add("Organisations and members", organisationsAndMembers());
        tabs.add("Reviewers' expertise", expertise());
        tabs.add("Import and export", importExport());
        tabs.add("Running reviews", runningReviews());
        searchTab = new SearchTab(vocabulary, search, jobs, actor, authentication);
        tabs.add("Search", searchTab);
        add(tabs);
    }

    // ----------------------------------------------------------------------------------- organisations and members

    /** The board an organisation belongs to, by name when the portal knows it: "Northshire ICB (QZZ)". */
    static String icb(String odsCode, Map<String, String> namesByOds) {
        if (odsCode == null) {
            return "Not known";
        }
        String name = namesByOds.get(odsCode);
        return name == null ? odsCode : name + " (" + odsCode + ")";
    }

    private Div organisationsAndMembers() {
        Div tab = new Div();
        tab.add(new Paragraph("Organisations and people come from the organisation accounts people sign in with "
                + "(with the integrated care board each belongs to). Change them there; the "
                + "portal brings its copy up to date the next time each person signs in."));
        List<Member> members = organisations.members();
        Map<Long, Long> counts = members.stream().filter(m -> m.getOrganisationId() != null)
                .collect(Collectors.groupingBy(Member::getOrganisationId, Collectors.counting()));
        List<Organisation> all = organisations.organisations();
        Map<Long, String> orgNames = all.stream().collect(Collectors.toMap(Organisation::getId, Organisation::getName));

        tab.add(new H2("Organisations"));
        organisationGrid.setId("organisation-grid");
        organisationGrid.addColumn(Organisation::getName).setHeader("Name").setFlexGrow(3).setSortable(true);
        organisationGrid.addColumn(Organisation::getOdsCode).setHeader("ODS code").setAutoWidth(true);
        organisationGrid.addColumn(o -> label(o.getType())).setHeader("Type").setAutoWidth(true);
        organisationGrid.addColumn(o -> label(o.getRegion())).setHeader("Region").setAutoWidth(true);
        Map<String, String> namesByOds = all.stream().collect(Collectors.toMap(Organisation::getOdsCode,
                Organisation::getName, (a, b) -> a));
        organisationGrid.addColumn(o -> icb(o.getParentIcbOdsCode(), namesByOds))
                .setHeader("Integrated care board").setAutoWidth(true);
        organisationGrid.addColumn(o -> counts.getOrDefault(o.getId(), 0L)).setHeader("Members").setAutoWidth(true);
        organisationGrid.setItems(all);
        organisationGrid.setAllRowsVisible(true);
        organisationGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        organisationGrid.getElement().setAttribute("aria-label", "Organisations");
        tab.add(organisationGrid);

        tab.add(new H2("Members"));
        memberGrid.setId("member-grid");
        memberGrid.addColumn(Member::getName).setHeader("Name").setFlexGrow(2).setSortable(true);
        memberGrid.addColumn(Member::getUsername).setHeader("Username").setAutoWidth(true);
        memberGrid.addColumn(m -> orgNames.getOrDefault(m.getOrganisationId(), "None")).setHeader("Organisation")
                .setFlexGrow(3);
        memberGrid.addColumn(m -> Roles.describe(m.getRoles())).setHeader("Roles").setFlexGrow(2);
        memberGrid.addColumn(AdminView::expertiseOf).setHeader("Areas of expertise").setFlexGrow(3);
        memberGrid.addColumn(m -> Formats.date(m.getLastSignInAt())).setHeader("Last signed in").setAutoWidth(true);
        memberGrid.setItems(members);
        memberGrid.setAllRowsVisible(true);
        memberGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        memberGrid.getElement().setAttribute("aria-label", "Members");
        tab.add(memberGrid);
        return tab;
    }

    // ------------------------------------------------------------------------------------------------- expertise

    private Div expertise() {
        Div tab = new Div();
        tab.add(new Paragraph("Reviewers are asked to review lessons about the types of project they know. Choose a "
                + "reviewer, then the types of project they are willing to review."));
        reviewer.setId("expertise-reviewer");
        reviewer.setHelperText("Only people with the reviewer role are listed.");
        reviewer.setItemLabelGenerator(m -> m.getName() + " (" + m.getUsername() + ")");
        reviewer.setItems(reviewers());
        reviewer.setWidthFull();
        expertise.setId("expertise-types");
        expertise.setItems(ProjectType.values());
        expertise.setItemLabelGenerator(ProjectType::label);
        expertise.setHelperText("Choose every type that applies. Leave empty if they review any type.");
        expertise.setWidthFull();
        expertise.setEnabled(false);
        saveExpertise.setId("save-expertise");
        saveExpertise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveExpertise.setEnabled(false);
        expertiseSaved.setId("expertise-saved");
        expertiseSaved.getElement().setAttribute("role", "status");
        reviewer.addValueChangeListener(e -> {
            Member chosen = e.getValue();
            expertise.setEnabled(chosen != null);
            saveExpertise.setEnabled(chosen != null);
            expertise.setValue(chosen == null ? java.util.Set.of() : chosen.getExpertise());
            expertiseSaved.setText("");
        });
        saveExpertise.addClickListener(e -> saveExpertise());
        tab.add(reviewer, expertise, saveExpertise, expertiseSaved);
        return tab;
    }

    private List<Member> reviewers() {
        return organisations.members().stream().filter(m -> m.hasRole(Roles.REVIEWER))
                .sorted(Comparator.comparing(Member::getName)).toList();
    }

    void saveExpertise() {
        Member chosen = reviewer.getValue();
        if (chosen == null) {
            return;
        }
        Member saved = organisations.updateExpertise(chosen.getId(), expertise.getValue());
        List<Member> refreshed = reviewers();
        reviewer.setItems(refreshed);
        refreshed.stream().filter(m -> m.getId().equals(saved.getId())).findFirst().ifPresent(reviewer::setValue);
        expertiseSaved.setText("Saved. " + saved.getName() + " reviews: " + (saved.getExpertise().isEmpty()
                ? "any type of project" : expertiseOf(saved)) + ".");
        memberGrid.setItems(organisations.members());
    }

    // ------------------------------------------------------------------------------------------- import and export

    private Div importExport() {
        Div tab = new Div();
        tab.add(new H2("Import lessons"));
        tab.add(new Paragraph("Import published lessons from a lessons-exchange/1 file (JSON), for example one "
                + "exported from another Lessons Portal. Lessons with an id already in the portal are updated; the "
                + "others are added. Each lesson is checked like a submission: lessons with problems are left out "
                + "and listed below with the reason."));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("Choose a file…"));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("or drop the file here"));
        i18n.setError(new UploadI18N.Error().setTooManyFiles("Choose one file at a time.")
                .setFileIsTooBig("The file is larger than 20 MB. Split it into smaller files and import them one "
                        + "by one.")
                .setIncorrectFileType("Choose a lessons-exchange/1 file ending in .json."));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> showImportProblem(e.getErrorMessage()));

        progress.setId("import-progress");
        progress.getElement().setAttribute("aria-labelledby", "import-progress-text");
        progressText.setId("import-progress-text");
        progressText.getElement().setAttribute("role", "status");
        Div progressBox = new Div(progressText, progress);
        progressBox.addClassName("import-progress");
        progressBox.setVisible(false);
        importStatus.setId("import-status");
        importStatus.add(progressBox);
        report.setId("import-report");
        tab.add(upload, importStatus, report);

        tab.add(new H2("Export published lessons"));
        tab.add(new Paragraph("Download every published lesson as a lessons-exchange/1 file, to share with another "
                + "portal or keep as a copy."));
        Anchor download = new Anchor(exportHandler(), "Download published lessons (JSON)");
        download.setId("export-download");
        download.addClassName("button-link");
        tab.add(new Paragraph(download));
        return tab;
    }

    private DownloadHandler exportHandler() {
        return event -> {
            event.setFileName("lessons-" + LocalDate.now(Formats.UK) + ".json");
            event.setContentType("application/json");
            exchange.exportPublished(event.getOutputStream(), ExportScope.all());
        };
    }

    /** Starts importing an uploaded file in the background; progress and the report are pushed to the page. */
    void startImport(String fileName, byte[] content) {
        UI ui = UI.getCurrent();
        report.removeAll();
        Div progressBox = (Div) importStatus.getComponentAt(0);
        progressBox.setVisible(true);
        progress.setIndeterminate(true);
        progressText.setText("Checking " + fileName + "…");
        upload.setEnabled(false);
        runningImport = jobs.run(authentication, () -> {
            try {
                ImportReport result = exchange.importLessons(new ByteArrayResource(content), actor,
                        (done, total) -> ui.access(() -> {
                            progress.setIndeterminate(false);
                            progress.setValue(total == 0 ? 1 : (double) done / total);
                            progressText.setText("Imported " + done + " of " + total + " lessons");
                        }));
                ui.access(() -> showReport(fileName, result));
            } catch (DomainException e) {
                ui.access(() -> showImportProblem(e.getMessage()));
            } catch (RuntimeException e) {
                String reference = ErrorReference.next();
                log.error("Import failed, reference {}", reference, e);
                ui.access(() -> showImportProblem("Sorry, the import stopped because of an unexpected error. Some "
                        + "lessons may already have been imported; importing the file again will not duplicate them. "
                        + "If it keeps happening, contact your IT service desk and quote " + reference + "."));
            }
        });
    }

    private void showReport(String fileName, ImportReport result) {
        upload.setEnabled(true);
        upload.clearFileList();
        progress.setIndeterminate(false);
        progress.setValue(1);
        progressText.setText("Finished importing " + fileName);
        report.removeAll();
        report.add(new H2("What the import did"));
        Paragraph summary = new Paragraph(result.total() + " lessons in the file: " + result.created() + " added, "
                + result.updated() + " updated, " + result.unchanged() + " unchanged, " + result.rejected().size()
                + " not imported.");
        summary.setId("import-summary");
        summary.getElement().setAttribute("role", "status");
        report.add(summary);
        if (!result.rejected().isEmpty()) {
            report.add(new Paragraph("These lessons were not imported. Fix them in the file and import it again; the "
                    + "lessons already imported will not be duplicated."));
            UnorderedList rejected = new UnorderedList();
            rejected.setId("import-rejected");
            for (ImportReport.Rejected r : result.rejected()) {
                ListItem item = new ListItem();
                item.add(new Span("Lesson " + (r.index() + 1) + " in the file (index " + r.index() + ")"
                        + (r.title() == null ? "" : ", \"" + r.title() + "\"") + ": "));
                item.add(new Span(r.problems().stream().map(p -> (p.field().isEmpty() ? "" : p.field() + " — ")
                        + p.message()).collect(Collectors.joining("; "))));
                rejected.add(item);
            }
            report.add(rejected);
        }
    }

    private void showImportProblem(String message) {
        upload.setEnabled(true);
        upload.clearFileList();
        importStatus.getComponentAt(0).setVisible(false);
        report.removeAll();
        Div problem = new Div();
        problem.addClassName("panel");
        problem.addClassName("panel--error");
        problem.getElement().setAttribute("role", "alert");
        problem.setId("import-problem");
        problem.add(new Paragraph("The file was not imported. " + message));
        report.add(problem);
    }

    Future<?> runningImport() {
        return runningImport;
    }

    // -------------------------------------------------------------------------------------------- running reviews

    private Div runningReviews() {
        reviewsTab.setId("running-reviews");
        fillRunningReviews();
        return reviewsTab;
    }

    void fillRunningReviews() {
        reviewsTab.removeAll();
        Instant now = Instant.now();
        Button refresh = new Button("Refresh", e -> fillRunningReviews());
        refresh.setId("refresh-reviews");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reviewsTab.add(new Paragraph("Reviews under way, tasks past their due date, and automatic steps that failed. "
                + "Retry a failed step once its cause is fixed."), refresh);

        reviewsTab.add(new H2("Incidents"));
        List<ReviewIncident> incidents = operations.incidents();
        if (incidents.isEmpty()) {
            reviewsTab.add(new Paragraph("No automatic step has failed."));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("incident-list");
            list.addClassName("item-list");
            for (ReviewIncident incident : incidents) {
                ListItem item = new ListItem();
                item.add(new Span((incident.lessonTitle() == null ? "A review" : "\"" + incident.lessonTitle() + "\"")
                        + ": " + incident.activityName() + " failed on " + Formats.dateTime(incident.occurredAt())
                        + ". " + incident.message()));
                if (incident.retryable()) {
                    Button retry = new Button("Retry", e -> {
                        try {
                            operations.retry(incident.incidentId());
                            Notification.show("The step will run again shortly.", 6000,
                                    Notification.Position.TOP_CENTER);
                        } catch (DomainException ex) {
                            Notification.show(ex.getMessage(), 8000, Notification.Position.TOP_CENTER);
                        }
                        fillRunningReviews();
                    });
                    retry.getElement().setAttribute("aria-label", "Retry " + incident.activityName()
                            + (incident.lessonTitle() == null ? "" : " for " + incident.lessonTitle()));
                    item.add(retry);
                }
                list.add(item);
            }
            reviewsTab.add(list);
        }

        reviewsTab.add(new H2("Overdue tasks"));
        List<OverdueTask> overdue = operations.overdueTasks();
        if (overdue.isEmpty()) {
            reviewsTab.add(new Paragraph("No task is overdue."));
        } else {
            Grid<OverdueTask> grid = new Grid<>();
            grid.setId("overdue-grid");
            grid.getElement().setAttribute("aria-label", "Overdue tasks");
            grid.addColumn(t -> t.lessonTitle() == null ? "" : t.lessonTitle()).setHeader("Lesson").setFlexGrow(3);
            grid.addColumn(t -> t.kind().label()).setHeader("Task").setAutoWidth(true);
            grid.addColumn(t -> t.assigneeName() == null ? "Any publisher" : t.assigneeName()).setHeader("Who")
                    .setAutoWidth(true);
            grid.addColumn(t -> Formats.date(t.dueAt())).setHeader("Was due").setAutoWidth(true);
            grid.setItems(overdue);
            grid.setAllRowsVisible(true);
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            reviewsTab.add(grid);
        }

        reviewsTab.add(new H2("Reviews under way"));
        List<RunningReview> running = operations.runningReviews();
        if (running.isEmpty()) {
            reviewsTab.add(new Paragraph("No review is under way."));
        } else {
            Grid<RunningReview> grid = new Grid<>();
            grid.setId("running-grid");
            grid.getElement().setAttribute("aria-label", "Reviews under way");
            grid.addColumn(r -> Formats.title(r.title())).setHeader("Lesson")
                    .setFlexGrow(3);
            grid.addColumn(r -> r.state() == null ? "" : r.state().label()).setHeader("State").setAutoWidth(true);
            grid.addColumn(RunningReview::round).setHeader("Round").setAutoWidth(true);
            grid.addColumn(r -> Formats.date(r.startedAt())).setHeader("Started").setAutoWidth(true);
            grid.addColumn(r -> r.openTasks().isEmpty() ? "Automatic step in progress" : r.openTasks().stream()
                    .map(t -> t.kind().label() + " (" + (t.assigneeName() == null ? "any publisher"
                            : t.assigneeName()) + (t.dueAt() == null ? "" : ", due " + Formats.date(t.dueAt()))
                            + (t.isOverdue(now) ? ", overdue" : "") + ")")
                    .collect(Collectors.joining("; "))).setHeader("Open tasks").setFlexGrow(4);
            grid.setItems(running);
            grid.setAllRowsVisible(true);
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            reviewsTab.add(grid);
        }
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private static String expertiseOf(Member member) {
        return member.getExpertise().stream().sorted().map(ProjectType::label).collect(Collectors.joining(", "));
    }

    private static String label(Labelled value) {
        return value == null ? "" : value.label();
    }
}
