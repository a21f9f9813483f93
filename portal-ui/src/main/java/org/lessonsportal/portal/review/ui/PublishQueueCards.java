package org.lessonsportal.portal.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.review.DeclineOverride;
import org.lessonsportal.domain.review.ReviewRecord;
import org.lessonsportal.domain.review.ReviewService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.portal.base.ui.ActionNames;
import org.lessonsportal.portal.base.ui.Formats;
import org.lessonsportal.portal.base.ui.Names;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.portal.base.ui.ReasonDialog;
import org.lessonsportal.portal.lesson.ui.PublisherActions;
import org.lessonsportal.portal.task.ui.TaskLinks;
import org.lessonsportal.workflow.review.EligibleReviewer;
import org.lessonsportal.workflow.review.ReviewTask;
import org.lessonsportal.workflow.review.ReviewTasks;
import org.lessonsportal.workflow.review.ReviewerShortfall;
import org.lessonsportal.workflow.review.TaskKind;

/**
 * The cards of the publish queue, one per lesson waiting for a publisher, each with what the publisher can do: publish
 * an approved lesson or send it back, choose its reviewers or another reviewer, or decide on a lesson its reviewers
 * recommended declining. Each button and field is named with its lesson for screen readers; after each action the
 * queue is shown anew.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PublishQueueCards {

    private final ReviewTasks reviewTasks;
    private final ReviewService reviews;
    private final LessonService lessons;
    private final Names names;
    private final Actor actor;
    private final Runnable refresh;

    /** One waiting lesson: its title, what is needed, from whom and by when, and what the publisher can do. */
    Section card(ReviewTask task) {
        Section card = new Section();
        card.addClassName("card");
        card.setId("task-" + task.id());
        H2 heading = new H2();
        heading.add(new Anchor(PortalRoutes.lesson(task.lessonId()), Formats.title(task.lessonTitle())));
        card.add(heading);
        Paragraph about = new Paragraph();
        // what is needed, as plain words: a bordered label beside buttons would look like one more button
        Span kind = new Span(TaskLinks.describe(task.kind()) + ".");
        kind.addClassName("task-kind");
        about.add(kind, new Span(" From " + task.organisationName() + ", round " + task.round() + "."
                + (task.dueAt() == null ? "" : " Due " + Formats.date(task.dueAt()) + ".")
                + (task.isOverdue(Instant.now()) ? " Overdue." : "")
                + (task.assigneeName() == null ? "" : " " + task.assigneeName() + " is working on it.")));
        card.add(about);
        switch (task.kind()) {
            case PUBLISH -> publish(card, task);
            case ASSIGN_REVIEWERS -> chooseReviewers(card, task);
            case REASSIGN, ADD_REVIEWER -> reassign(card, task);
            case DECIDE_DECLINE -> decide(card, task);
            default -> {
            }
        }
        return card;
    }

    // ---------------------------------------------------------------------------------------------------- publish

    private void publish(Section card, ReviewTask task) {
        addReviews(card, task);
        Div actions = new Div(new PublisherActions(reviewTasks, actor, task, refresh));
        actions.addClassName("page-actions");
        card.add(actions);
    }

    /**
     * A lesson the reviewers recommended declining: any publisher may decline it; approving it anyway takes two, one
     * who proposes it with a reason and another who confirms.
     */
    private void decide(Section card, ReviewTask task) {
        Optional<DeclineOverride> proposal = reviewTasks.overrideProposal(task.id(), actor);
        boolean mayOverrule = lessons.allowedActions(task.lessonId(), actor).contains(Action.OVERRIDE_DECLINE);
        Paragraph situation = new Paragraph();
        situation.setId("decide-situation-" + task.id());
        card.add(situation);
        addReviews(card, task);
        Button decline = new Button("Decline the lesson", e -> new ReasonDialog("Decline this lesson?",
                "It will not be published. Its author will be told your reason.", "Why is it declined?",
                "At least 5 characters.", "Decline", true, reason -> {
                    reviewTasks.decline(task.id(), actor, reason);
                    refresh.run();
                }).open());
        ActionNames.forLesson(decline, task.lessonTitle());
        decline.setId("decline-" + task.id());
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div actions = new Div(decline);
        actions.addClassName("page-actions");
        if (proposal.isEmpty()) {
            situation.setText("The reviewers recommended declining this lesson. Decline it, or propose approving it "
                    + "anyway: another publisher then needs to confirm that. Either way, say why.");
            if (mayOverrule) {
                Button override = new Button("Propose approving it anyway", e -> new ReasonDialog(
                        "Propose approving this lesson anyway?", "Another publisher needs to confirm it before it "
                                + "waits for publication like any approved lesson.",
                        "Why are you overriding the reviewers?",
                        "At least 5 characters. This is kept in the lesson's history.", "Propose", true, reason -> {
                            reviewTasks.override(task.id(), actor, reason);
                            Notification.show("Proposed. Another publisher needs to confirm it.", 6000,
                                    Notification.Position.TOP_CENTER);
                            refresh.run();
                        }).open());
                ActionNames.forLesson(override, task.lessonTitle());
                override.setId("override-" + task.id());
                actions.add(override);
            }
        } else if (actor.is(proposal.get().proposedBy())) {
            situation.setText("The reviewers recommended declining this lesson. You proposed approving it anyway on "
                    + Formats.date(proposal.get().proposedAt()) + ": \"" + proposal.get().reason() + "\" Another "
                    + "publisher needs to confirm it; until then you may still decline it.");
        } else {
            situation.setText("The reviewers recommended declining this lesson. "
                    + names.person(proposal.get().proposedBy()) + " proposes approving it anyway: \""
                    + proposal.get().reason() + "\" Confirm that, or decline the lesson.");
            if (mayOverrule) {
                Button confirm = new Button("Confirm: approve it anyway", e -> {
                    ConfirmDialog dialog = new ConfirmDialog("Approve this lesson against its reviewers?",
                            "You and " + names.person(proposal.get().proposedBy()) + " will be named in its history. "
                                    + "It will then wait for publication like any approved lesson.", "Approve",
                            ok -> act(() -> {
                                reviewTasks.confirmOverride(task.id(), actor);
                                Notification.show("The lesson is approved. It is waiting for publication.", 6000,
                                        Notification.Position.TOP_CENTER);
                            }));
                    dialog.setId("confirm-override-dialog");
                    dialog.setCancelable(true);
                    dialog.setCancelText("Cancel");
                    dialog.open();
                });
                ActionNames.forLesson(confirm, task.lessonTitle());
                confirm.setId("confirm-override-" + task.id());
                confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(confirm);
            }
        }
        card.add(actions);
    }

    private void addReviews(Section card, ReviewTask task) {
        List<ReviewRecord> ofRound = reviews.reviewsOf(task.lessonId(), actor, task.round());
        if (ofRound.isEmpty()) {
            return;
        }
        card.add(new H3("Reviews of round " + task.round()));
        UnorderedList list = new UnorderedList();
        list.addClassName("review-list");
        for (ReviewRecord review : ofRound) {
            ListItem item = new ListItem();
            item.add(new Paragraph(names.person(review.reviewerId()) + ": " + review.decision().label() + " ("
                    + Formats.date(review.submittedAt()) + ")"));
            item.add(ReviewQuotes.of(review));
            list.add(item);
        }
        card.add(list);
    }

    // ------------------------------------------------------------------------------------------------ reviewers

    private void chooseReviewers(Section card, ReviewTask task) {
        addShortfall(card, task, "Choose at least one reviewer.");
        MultiSelectComboBox<EligibleReviewer> chosen = new MultiSelectComboBox<>("Reviewers");
        chosen.setId("reviewers-" + task.id());
        chosen.setAriaLabel("Reviewers for " + Formats.title(task.lessonTitle()));
        chosen.setItems(reviewTasks.eligibleReviewers(task.lessonId(), actor));
        chosen.setItemLabelGenerator(PublishQueueView::describe);
        chosen.setHelperText("Only reviewers from other organisations are listed, those who know this type of "
                + "project first.");
        chosen.setWidthFull();
        Button assign = new Button("Ask them to review", e -> act(() -> {
            reviewTasks.assignReviewers(task.id(), actor, chosen.getValue().stream().map(EligibleReviewer::memberId)
                    .toList());
            Notification.show("The reviewers have been asked.", 6000, Notification.Position.TOP_CENTER);
        }));
        ActionNames.forLesson(assign, task.lessonTitle());
        assign.setId("assign-" + task.id());
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(chosen, assign);
    }

    private void reassign(Section card, ReviewTask task) {
        if (task.kind() == TaskKind.ADD_REVIEWER) {
            addShortfall(card, task, "Choose someone for the place left.");
        } else {
            card.add(new Paragraph("A reviewer stepped aside or did not finish in time. Choose someone else."));
        }
        boolean adding = task.kind() == TaskKind.ADD_REVIEWER;
        String label = adding ? "Reviewer to add" : "New reviewer";
        ComboBox<EligibleReviewer> reviewer = new ComboBox<>(label);
        reviewer.setId("reviewer-" + task.id());
        reviewer.setAriaLabel(label + " for " + Formats.title(task.lessonTitle()));
        reviewer.setItems(reviewTasks.eligibleReviewers(task.lessonId(), actor));
        reviewer.setItemLabelGenerator(PublishQueueView::describe);
        reviewer.setWidthFull();
        Button give = new Button(adding ? "Ask them to review" : "Give the review to them", e -> {
            if (reviewer.getValue() == null) {
                reviewer.setErrorMessage("Choose a reviewer");
                reviewer.setInvalid(true);
                return;
            }
            act(() -> {
                reviewTasks.reassign(task.id(), actor, reviewer.getValue().memberId(), null);
                Notification.show((adding ? reviewer.getValue().name() + " has been asked to review it."
                        : "The review has been given to " + reviewer.getValue().name() + "."), 6000,
                        Notification.Position.TOP_CENTER);
            });
        });
        ActionNames.forLesson(give, task.lessonTitle());
        give.setId("reassign-" + task.id());
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(reviewer, give);
    }

    /**
     * Why the automatic assignment found too few reviewers: how many were asked, who was left out and why, and
     * whether people who have not signed in yet could be found at all.
     */
    private void addShortfall(Section card, ReviewTask task, String ask) {
        ReviewerShortfall shortfall = reviewTasks.reviewerShortfall(task.lessonId(), actor);
        Paragraph summary = new Paragraph(shortfall.summary() + " " + ask);
        summary.setId("shortfall-" + task.id());
        card.add(summary);
        if (!shortfall.leftOut().isEmpty()) {
            card.add(new Paragraph("Left out:"));
            UnorderedList reasons = new UnorderedList();
            reasons.setId("left-out-" + task.id());
            shortfall.leftOut().forEach(reason -> reasons.add(new ListItem(reason)));
            if (shortfall.moreLeftOut() > 0) {
                reasons.add(new ListItem("And " + shortfall.moreLeftOut()
                        + " more reviewers who cannot be asked either."));
            }
            card.add(reasons);
        }
        card.add(new Paragraph(shortfall.whoIsKnown()));
    }

    /** Does something, refreshes the queue, and shows a refusal in plain words. */
    private void act(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.TOP_CENTER);
        }
        refresh.run();
    }
}
