package org.lessonsportal.portal.task.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.util.List;
import org.lessonsportal.portal.base.ui.Formats;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.workflow.review.ReviewTask;

/** A list of review tasks: what to do, for which lesson, from which organisation, and by when. */
public class TaskList extends UnorderedList {

    public TaskList(List<ReviewTask> tasks) {
        addClassName("item-list");
        addClassName("task-list");
        Instant now = Instant.now();
        for (ReviewTask task : tasks) {
            ListItem item = new ListItem();
            item.setId("task-" + task.id());
            Anchor link = new Anchor(TaskLinks.forTask(task), TaskLinks.describe(task.kind()) + ": "
                    + Formats.title(task.lessonTitle()));
            link.addClassName("task-list__link");
            item.add(link);
            Span from = new Span("From " + task.organisationName() + (task.round() > 1 ? ", round " + task.round()
                    : ""));
            from.addClassName("hint");
            item.add(from);
            if (task.dueAt() != null) {
                Span due = new Span("Due " + Formats.date(task.dueAt()));
                due.addClassName("task-list__due");
                item.add(due);
                if (task.isOverdue(now)) {
                    Span overdue = new Span("Overdue");
                    overdue.addClassNames("tag", "tag--overdue");
                    item.add(overdue);
                }
            }
            if (task.kind().forPublishers() && task.assigneeName() != null) {
                Span claimed = new Span(task.assigneeName() + " is working on it");
                claimed.addClassName("hint");
                item.add(claimed);
            }
            add(item);
        }
    }
}
