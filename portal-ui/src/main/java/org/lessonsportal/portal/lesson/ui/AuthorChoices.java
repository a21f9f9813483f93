package org.lessonsportal.portal.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.lesson.LessonRecallService;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.portal.base.ui.ReasonDialog;
import org.lessonsportal.workflow.review.ReviewTasks;

/**
 * What the author can do with a lesson in each state, said in one plain sentence, with only the buttons that work:
 * take a submitted lesson back to draft (until a reviewer has opened it), withdraw it for good, delete a draft. Used
 * by the editor when the lesson cannot be changed, and by the lesson page.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class AuthorChoices {

    private final LessonService lessons;
    private final LessonRecallService recall;
    private final ReviewTasks reviewTasks;
    private final Actor actor;

    /** Why the lesson cannot be changed now and what the person can do instead, with those buttons. */
    Component explain(LessonDetails lesson, Consumer<LessonDetails> changed) {
        Div panel = new Div();
        panel.addClassName("panel");
        panel.setId("lesson-choices");
        boolean author = actor.is(lesson.authorId());
        Optional<String> cannotTakeBack = author ? recall.takeBackRefusal(lesson.id(), actor) : Optional.of("");
        Paragraph sentence = new Paragraph(situation(lesson, author, cannotTakeBack.isEmpty()));
        sentence.setId("lesson-choices-text");
        panel.add(sentence);
        Div buttons = new Div();
        buttons.addClassName("form-actions");
        if (cannotTakeBack.isEmpty()) {
            buttons.add(takeBackButton(lesson, changed));
        }
        withdrawButton(lesson, changed).ifPresent(buttons::add);
        Anchor page = new Anchor(PortalRoutes.lesson(lesson.id()), "Go to the lesson");
        page.setId("go-to-lesson");
        buttons.add(page);
        panel.add(buttons);
        return panel;
    }

    /** Without a page to say more (revising): the state and a way to the lesson. */
    static Component stateOnly(LessonDetails lesson) {
        Div panel = new Div(new Paragraph("You cannot change this lesson now. It is " + lesson.state().label()
                .toLowerCase(Locale.UK) + "."), new Paragraph(new Anchor(PortalRoutes.lesson(lesson.id()),
                        "Go to the lesson")));
        panel.addClassName("panel");
        return panel;
    }

    /** The plain sentence for the lesson's state, for its author (or for someone else looking). */
    static String situation(LessonDetails lesson, boolean author, boolean canTakeBack) {
        if (!author) {
            return "Only its author can change this lesson, while it is a draft or when reviewers have asked for "
                    + "changes.";
        }
        return switch (lesson.state()) {
            case DRAFT, CHANGES_REQUESTED -> "You can change this lesson.";
            case SUBMITTED, IN_REVIEW -> canTakeBack
                    ? "You have submitted this lesson, so it cannot be changed here. No reviewer has opened it yet, "
                            + "so you can take it back to make changes: it becomes a draft again, its reviewers are "
                            + "told they are no longer needed, and you submit it again when it is ready."
                    : "This lesson is with its reviewers, so it cannot be changed now. We will tell you when they "
                            + "have finished; if they ask for changes, you can make them then. If you no longer want "
                            + "it published, you can withdraw it.";
            case APPROVED -> "Reviewers have approved this lesson and it is waiting for a publisher, so it cannot be "
                    + "changed now. If you no longer want it published, you can withdraw it.";
            case PUBLISHED -> "This lesson is published, so it can no longer be changed. Everyone signed in to the "
                    + "portal can read it.";
            case ARCHIVED -> "This lesson has been archived as out of date, so it can no longer be changed.";
            case DECLINED -> "This lesson was declined after review. It will not be published and cannot be "
                    + "changed or submitted again.";
            case WITHDRAWN -> "You withdrew this lesson. It will not be reviewed or published and cannot be "
                    + "submitted again.";
        };
    }

    /** "Take it back to make changes", when the author may. */
    Button takeBackButton(LessonDetails lesson, Consumer<LessonDetails> changed) {
        Button takeBack = new Button("Take it back to make changes", e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId("take-back-dialog");
            confirm.setHeader("Take this lesson back to draft?");
            confirm.setText("Its review stops and the reviewers chosen for it are told they are no longer needed. "
                    + "The lesson becomes a draft you can change; submit it again when it is ready.");
            confirm.setCancelable(true);
            confirm.setCancelText("Keep it with the reviewers");
            confirm.setConfirmText("Take it back");
            confirm.addConfirmListener(c -> act(() -> {
                LessonDetails draft = recall.takeBack(lesson.id(), actor);
                Notification.show("Your lesson is a draft again. Change it and submit it when it is ready.", 6000,
                        Notification.Position.TOP_CENTER);
                changed.accept(draft);
            }));
            confirm.open();
        });
        takeBack.setId("take-back-lesson");
        takeBack.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return takeBack;
    }

    /** "Withdraw", saying honestly that it is for good, and what to do instead if the author only wants a change. */
    Optional<Button> withdrawButton(LessonDetails lesson, Consumer<LessonDetails> changed) {
        if (!lessons.allowedActions(lesson.id(), actor).contains(Action.WITHDRAW)
                || lesson.state() == LessonState.DRAFT) {
            return Optional.empty();
        }
        Button withdraw = new Button("Withdraw", e -> {
            boolean canTakeBack = recall.takeBackRefusal(lesson.id(), actor).isEmpty();
            ReasonDialog dialog = new ReasonDialog("Withdraw this lesson for good?",
                    ("A withdrawn lesson is not reviewed or published, and it cannot be submitted again. "
                            + instead(lesson, canTakeBack)).strip(),
                    "Why are you withdrawing it? (optional)", "Your reason is kept in the lesson's history.",
                    "Withdraw the lesson", false, reason -> {
                        LessonDetails withdrawn = reviewTasks.withdraw(lesson.id(), actor, reason);
                        Notification.show("The lesson has been withdrawn.", 6000, Notification.Position.TOP_CENTER);
                        changed.accept(withdrawn);
                    });
            dialog.setId("withdraw-dialog");
            dialog.open();
        });
        withdraw.setId("withdraw-lesson");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return Optional.of(withdraw);
    }

    /** What to do instead of withdrawing, for an author who only wants to change something. */
    private static String instead(LessonDetails lesson, boolean canTakeBack) {
        if (canTakeBack) {
            return "If you only want to change something, take it back to draft instead.";
        }
        return switch (lesson.state()) {
            case CHANGES_REQUESTED -> "If you only want to change something, make the changes and resubmit it "
                    + "instead.";
            case SUBMITTED, IN_REVIEW -> "If you only want to change something, wait for the reviewers: if they ask "
                    + "for changes, you can make them then.";
            default -> "";
        };
    }

    /** "Delete draft", for the author of a draft: asks first, then the draft is gone from every list. */
    Optional<Button> deleteButton(Long lessonId, Runnable deleted) {
        if (lessonId == null || !lessons.allowedActions(lessonId, actor).contains(Action.DELETE)) {
            return Optional.empty();
        }
        Button delete = new Button("Delete draft", e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId("delete-dialog");
            confirm.setHeader("Delete this draft?");
            confirm.setText("It disappears from your lessons and nobody can open it again. This cannot be undone.");
            confirm.setCancelable(true);
            confirm.setCancelText("Keep the draft");
            confirm.setConfirmText("Delete the draft");
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(c -> act(() -> {
                recall.deleteDraft(lessonId, actor);
                deleted.run();
                Notification.show("Your draft has been deleted.", 6000, Notification.Position.TOP_CENTER);
                UI.getCurrent().navigate(PortalRoutes.HOME);
            }));
            confirm.open();
        });
        delete.setId("delete-lesson");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return Optional.of(delete);
    }

    /** Runs the step; a refusal (someone acted first, a reviewer opened it meanwhile) is shown, not thrown. */
    private static void act(Runnable step) {
        try {
            step.run();
        } catch (DomainException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.TOP_CENTER);
        }
    }
}
