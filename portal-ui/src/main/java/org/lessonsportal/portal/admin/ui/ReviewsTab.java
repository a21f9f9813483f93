package org.lessonsportal.portal.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.portal.base.ui.Formats;
import org.lessonsportal.workflow.review.ReviewIncident;
import org.lessonsportal.workflow.review.ReviewOperations;
import org.lessonsportal.workflow.review.RunningReview;

/** Reviews under way, tasks past their due date, and automatic steps that failed (with a retry). */
@Route(value = AdminLayout.REVIEWS, layout = AdminLayout.class)
@PageTitle("Running reviews - Administration - Lessons Portal")
@RolesAllowed(Roles.ADMIN)
class ReviewsTab extends Div {

    private final ReviewOperations operations;

    ReviewsTab(ReviewOperations operations) {
        this.operations = operations;
        setId("running-reviews");
        fillRunningReviews();
    }

    void fillRunningReviews() {
        removeAll();
        Instant now = Instant.now();
        Button refresh = new Button("Refresh", e -> fillRunningReviews());
        refresh.setId("refresh-reviews");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new Paragraph("Reviews under way, tasks past their due date, and automatic steps that failed. "
                + "Retry a failed step once its cause is fixed."), refresh);

        add(new H2("Incidents"));
        List<ReviewIncident> incidents = operations.incidents();
        if (incidents.isEmpty()) {
            add(new Paragraph("No automatic step has failed."));
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
            add(list);
        }

        table("Overdue tasks", "overdue-grid", operations.overdueTasks(), "No task is overdue.", grid -> {
            grid.addColumn(t -> t.lessonTitle() == null ? "" : t.lessonTitle()).setHeader("Lesson").setFlexGrow(3);
            grid.addColumn(t -> t.kind().label()).setHeader("Task").setAutoWidth(true);
            grid.addColumn(t -> t.assigneeName() == null ? "Any publisher" : t.assigneeName()).setHeader("Who")
                    .setAutoWidth(true);
            grid.addColumn(t -> Formats.date(t.dueAt())).setHeader("Was due").setAutoWidth(true);
        });

        table("Reviews under way", "running-grid", operations.runningReviews(), "No review is under way.", grid -> {
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
        });
    }

    /**
     * A heading and, under it, the rows in a grid labelled like the heading (every row shown, long cells wrapped), or
     * a sentence saying there are none.
     */
    private <T> void table(String heading, String gridId, List<T> rows, String none, Consumer<Grid<T>> columns) {
        add(new H2(heading));
        if (rows.isEmpty()) {
            add(new Paragraph(none));
            return;
        }
        Grid<T> grid = new Grid<>();
        grid.setId(gridId);
        grid.getElement().setAttribute("aria-label", heading);
        columns.accept(grid);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
    }
}
