package org.lessonsportal.portal.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.identity.CurrentUserService;
import org.lessonsportal.portal.base.ui.Lede;
import org.lessonsportal.portal.base.ui.MainLayout;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.portal.notification.ui.NotificationBroadcaster;
import org.lessonsportal.portal.task.ui.TaskList;
import org.lessonsportal.workflow.review.ReviewTask;
import org.lessonsportal.workflow.review.ReviewTasks;

/** Everything waiting for the signed-in person, soonest due first; new tasks appear without a reload. */
@Route(value = PortalRoutes.TASKS, layout = MainLayout.class)
@PageTitle("My tasks - Lessons Portal")
@RolesAllowed({Roles.CONTRIBUTOR, Roles.REVIEWER, Roles.PUBLISHER})
class TasksView extends Div {

    private final Div content = new Div();

    TasksView(ReviewTasks reviewTasks, CurrentUserService currentUsers, NotificationBroadcaster broadcaster) {
        Actor actor = currentUsers.require().actor();
        add(new H1("My tasks"));
        add(Lede.of("Reviews you have been asked to do, lessons of yours that need changes, and, "
                + "for publishers, lessons waiting for a decision."));
        content.setId("task-list");
        content.addClassName("panel");
        add(content);
        Runnable fill = () -> show(reviewTasks.openTasks(actor));
        fill.run();
        broadcaster.keepUpdated(content, actor.memberId(), fill);
    }

    private void show(List<ReviewTask> tasks) {
        content.removeAll();
        if (tasks.isEmpty()) {
            content.add(new Paragraph("You have no tasks right now. We will tell you when someone asks you to "
                    + "review, change or publish a lesson."));
        } else {
            content.add(new TaskList(tasks));
        }
    }
}
