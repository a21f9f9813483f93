package org.lessonsportal.portal.lesson.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.portal.base.ui.ActionNames;
import org.lessonsportal.portal.base.ui.ReasonDialog;
import org.lessonsportal.workflow.review.ReviewTask;
import org.lessonsportal.workflow.review.ReviewTasks;
import org.lessonsportal.workflow.review.TaskKind;

/**
 * A publisher's "Publish" and "Send back to the author" for an approved lesson, wherever the lesson is shown: on the
 * lesson's own page and in the publish queue. Publishing asks for confirmation; sending back asks for a reason, which
 * the author sees with the publisher's name.
 */
public class PublisherActions extends Div {

    final Button publish = new Button("Publish");
    final Button sendBack = new Button("Send back to the author");

    /**
     * @param task a {@link TaskKind#PUBLISH} task the actor may act on
     * @param done runs after the lesson was published or sent back (refresh what is shown)
     */
    public PublisherActions(ReviewTasks reviewTasks, Actor actor, ReviewTask task, Runnable done) {
        if (task.kind() != TaskKind.PUBLISH) {
            throw new IllegalArgumentException("Not a publish task: " + task.kind());
        }
        // the buttons join the row of actions they are put in
        getStyle().set("display", "contents");
        publish.setId("publish-" + task.id());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        publish.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog("Publish this lesson?", "Everyone signed in to the portal "
                    + "will be able to read it, and its author will be told.", "Publish", ok -> {
                        try {
                            reviewTasks.publish(task.id(), actor);
                            Notification.show("The lesson is published.", 6000, Notification.Position.TOP_CENTER);
                        } catch (DomainException problem) {
                            Notification.show(problem.getMessage(), 8000, Notification.Position.TOP_CENTER);
                        }
                        done.run();
                    });
            confirm.setId("publish-confirm");
            confirm.setCancelable(true);
            confirm.setCancelText("Cancel");
            confirm.open();
        });
        sendBack.setId("send-back-" + task.id());
        sendBack.addClickListener(e -> {
            ReasonDialog dialog = new ReasonDialog("Send this lesson back to its author?",
                    "The author will see your name and reason next to the reviewers' comments, and can resubmit it.",
                    "What should the author change?", "At least 5 characters.", "Send it back", true, reason -> {
                        reviewTasks.sendBack(task.id(), actor, reason);
                        Notification.show("The lesson has been sent back to its author.", 6000,
                                Notification.Position.TOP_CENTER);
                        done.run();
                    });
            dialog.setId("send-back-dialog");
            dialog.open();
        });
        // the publish queue lists several lessons: each button says which one it is for
        ActionNames.forLesson(publish, task.lessonTitle());
        ActionNames.forLesson(sendBack, task.lessonTitle());
        add(publish, sendBack);
    }

    public Button publishButton() {
        return publish;
    }

    public Button sendBackButton() {
        return sendBack;
    }
}
