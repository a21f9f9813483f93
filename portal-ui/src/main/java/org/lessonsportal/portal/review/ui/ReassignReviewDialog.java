package org.lessonsportal.portal.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.portal.base.ui.CharacterCount;
import org.lessonsportal.portal.base.ui.Formats;
import org.lessonsportal.workflow.review.EligibleReviewer;
import org.lessonsportal.workflow.review.ReviewTasks;
import org.lessonsportal.workflow.review.ReviewUnderWay.OpenReview;

/**
 * A publisher gives one open review to another eligible reviewer, with an optional reason. A refusal is shown in the
 * dialog, which stays open with what was chosen and typed.
 */
class ReassignReviewDialog extends Dialog {

    final ComboBox<EligibleReviewer> reviewer = new ComboBox<>("New reviewer");
    final TextArea reason = new TextArea("Why (optional)");
    final Paragraph problem = new Paragraph();
    final Button confirm = new Button("Give the review to them");

    /**
     * @param done runs with the new reviewer after the review was given to them
     */
    ReassignReviewDialog(ReviewTasks reviewTasks, Actor actor, Long lessonId, OpenReview review,
            Consumer<EligibleReviewer> done) {
        setHeaderTitle("Give " + review.reviewerName() + "'s review to someone else");
        addClassName("reason-dialog");
        setId("reassign-review-dialog");
        add(new Paragraph(review.reviewerName() + " has had this review since " + Formats.date(review.since())
                + ". The new reviewer is told, and starts afresh with the full time to review."));

        List<EligibleReviewer> eligible = reviewTasks.eligibleReviewers(lessonId, actor);
        reviewer.setId("reassign-reviewer");
        reviewer.setItems(eligible);
        reviewer.setItemLabelGenerator(PublishQueueView::describe);
        reviewer.setHelperText("Only reviewers from other organisations than the author's are listed, those who "
                + "know this type of project first.");
        reviewer.setRequiredIndicatorVisible(true);
        reviewer.setManualValidation(true);
        reviewer.setWidthFull();
        reviewer.addValueChangeListener(e -> reviewer.setInvalid(false));

        reason.setId("reassign-reason");
        CharacterCount.show(reason, ReviewTasks.REASSIGN_REASON_MAX,
                "Kept in the lesson's history, for example \"On leave for a month\".");
        reason.setManualValidation(true);
        reason.setWidthFull();

        problem.setId("reassign-problem");
        problem.addClassName("error-text");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(reviewer, reason, problem);

        confirm.setId("reassign-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> give(reviewTasks, actor, review, done));
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("reassign-cancel");
        getFooter().add(cancel, confirm);
        if (eligible.isEmpty()) {
            showProblem("Nobody else can review this lesson right now: every other reviewer works for the author's "
                    + "organisation, is already reviewing it or declared a competing interest.");
            reviewer.setEnabled(false);
            confirm.setEnabled(false);
        }
        setWidth("min(36rem, 95vw)");
        addOpenedChangeListener(e -> {
            if (e.isOpened() && reviewer.isEnabled()) {
                reviewer.focus();
            }
        });
    }

    private void give(ReviewTasks reviewTasks, Actor actor, OpenReview review, Consumer<EligibleReviewer> done) {
        problem.setVisible(false);
        reason.setInvalid(false);
        EligibleReviewer chosen = reviewer.getValue();
        if (chosen == null) {
            reviewer.setErrorMessage("Choose a reviewer");
            reviewer.setInvalid(true);
            reviewer.focus();
            return;
        }
        try {
            String why = reason.getValue() == null ? null : reason.getValue().strip();
            reviewTasks.reassign(review.taskId(), actor, chosen.memberId(), why == null || why.isEmpty() ? null
                    : why);
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                if ("reason".equals(error.field())) {
                    reason.setErrorMessage(error.message());
                    reason.setInvalid(true);
                    reason.focus();
                } else {
                    reviewer.setErrorMessage(error.message());
                    reviewer.setInvalid(true);
                    reviewer.focus();
                }
            }
            return;
        } catch (DomainException e) {
            showProblem(e.getMessage());
            return;
        }
        close();
        done.accept(chosen);
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
