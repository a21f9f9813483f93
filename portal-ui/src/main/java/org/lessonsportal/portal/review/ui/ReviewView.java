package org.lessonsportal.portal.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.lessonsportal.domain.lesson.FieldChange;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonRecallService;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.review.ReviewDecision;
import org.lessonsportal.domain.review.ReviewDraftService;
import org.lessonsportal.domain.review.ReviewRecord;
import org.lessonsportal.domain.review.ReviewService;
import org.lessonsportal.domain.review.RevisionReplyService;
import org.lessonsportal.domain.review.RevisionReply;
import org.lessonsportal.domain.review.SectionComment;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.identity.CurrentUserService;
import org.lessonsportal.portal.base.ui.Formats;
import org.lessonsportal.portal.base.ui.Lede;
import org.lessonsportal.portal.base.ui.MainLayout;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.portal.lesson.ui.LessonReader;
import org.lessonsportal.workflow.review.ReviewTask;
import org.lessonsportal.workflow.review.ReviewTasks;
import org.lessonsportal.workflow.review.TaskKind;

/**
 * A reviewer's task: the lesson and the review form side by side (stacked on narrow screens). The declaration of
 * competing interests comes first and the rest of the form stays disabled until it is answered. In a later round,
 * what the author changed since the reviewer's last review is shown next to each section, labelled in words. The
 * form is {@link ReviewForm}; this page loads the task, saves the draft and sends what the reviewer decides.
 */
@Route(value = "tasks/:taskId/review", layout = MainLayout.class)
@RolesAllowed(Roles.REVIEWER)
class ReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LessonService lessons;
    private final ReviewTasks reviewTasks;
    private final ReviewDraftService drafts;
    private final ReviewService reviews;
    private final RevisionReplyService replies;
    private final LessonRecallService recall;
    private final Actor actor;
    private String taskId;
    private String title = "Review";

    ReviewForm form;
    ReviewDraftSaver saver;
    RereviewPanel rereview;

    ReviewView(LessonService lessons, ReviewTasks reviewTasks, ReviewDraftService drafts, ReviewService reviews,
            RevisionReplyService replies, LessonRecallService recall, CurrentUserService currentUsers) {
        this.lessons = lessons;
        this.reviewTasks = reviewTasks;
        this.drafts = drafts;
        this.reviews = reviews;
        this.replies = replies;
        this.actor = currentUsers.require().actor();
        this.recall = recall;
        addClassName("review-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElseThrow();
        ReviewTask task = reviewTasks.task(taskId, actor).filter(t -> t.kind() == TaskKind.REVIEW)
                .orElseThrow(() -> new NotFoundException("We could not find that review. It may have been done "
                        + "already, or given to someone else."));
        recall.reviewOpened(task.lessonId(), actor); // from now on the author can no longer take it back
        LessonDetails lesson = lessons.get(task.lessonId(), actor);
        List<FieldChange> changes = task.round() > 1 ? reviewTasks.changesSinceLastReview(taskId, actor) : List.of();
        build(task, lesson, changes);
    }

    @Override
    public String getPageTitle() {
        return title + " - Lessons Portal";
    }

    private void build(ReviewTask task, LessonDetails lesson, List<FieldChange> changes) {
        removeAll();
        title = "Review: " + Formats.title(lesson.title());
        H1 h1 = new H1(title);
        h1.setId("review-title");
        add(h1);
        add(Lede.of("From " + task.organisationName() + ". Round " + task.round()
                + (task.dueAt() == null ? "." : ". Please send your review by " + Formats.date(task.dueAt()) + ".")));

        saver = new ReviewDraftSaver(drafts, actor, lesson.id(), () -> form.readDraft());
        ReviewRecord mine = task.round() == 1 ? null : reviews.reviewsOf(lesson.id(), actor).stream()
                .filter(r -> r.reviewerId().equals(actor.memberId()) && r.round() < task.round())
                .max(Comparator.comparingInt(ReviewRecord::round)).orElse(null);
        RevisionReply reply = task.round() == 1 ? null : replies.of(lesson.id(), task.round(), actor).orElse(null);
        rereview = new RereviewPanel(mine, reply, this::stillApprove);
        form = new ReviewForm(saver.status, rereview, this::declare, this::send);
        Div columns = new Div();
        columns.addClassName("side-by-side");
        columns.add(lessonColumn(lesson, changes, mine), form);
        add(columns);
        saver.restore(form::writeDraft);
        form.savedBy(saver);
    }

    private Section lessonColumn(LessonDetails lesson, List<FieldChange> changes, ReviewRecord mine) {
        Section column = new Section();
        column.addClassName("review-lesson");
        column.setId("review-lesson");
        column.add(new H2("The lesson"));
        if (!changes.isEmpty()) {
            Div summary = new Div();
            summary.addClassNames("panel", "panel--care");
            summary.setId("changes-summary");
            summary.add(new H3("What the author changed since your last review"));
            UnorderedList list = new UnorderedList();
            changes.forEach(c -> list.add(new ListItem(c.label())));
            summary.add(list);
            summary.add(new Paragraph("Each change is shown in its section below, marked \"Changed\", with the text "
                    + "before and after."));
            column.add(summary);
        }
        LessonReader reader = new LessonReader(lesson.content(), 3, false);
        for (FieldChange change : changes) {
            reader.addToSection(LessonReader.sectionOf(change.field()), new ChangeNotes(change));
        }
        if (mine != null && mine.decision() != ReviewDecision.APPROVE) {
            for (SectionComment asked : mine.sectionComments()) {
                reader.addToSection(LessonReader.sectionOf(asked.section()),
                        RereviewPanel.askedBefore(asked, mine.round()));
            }
        }
        column.add(reader);
        return column;
    }

    void declare() {
        form.errors.hide();
        form.competingDetails.setInvalid(false);
        try {
            reviewTasks.completeReview(taskId, actor, org.lessonsportal.workflow.review.ReviewDecision
                    .competingInterest(form.competingDetails.getValue()));
            Notification.show("Thank you for telling us. A publisher will ask someone else to review this lesson.",
                    8000, Notification.Position.TOP_CENTER);
            UI.getCurrent().navigate(PortalRoutes.TASKS);
        } catch (ValidationException e) {
            form.showErrors(e.errors());
        } catch (DomainException e) {
            form.errors.show(e.getMessage(), List.of());
        }
    }

    /** A reviewer who approved the earlier round confirms their approval after reading the changes. */
    void stillApprove() {
        form.errors.hide();
        try {
            reviewTasks.completeReview(taskId, actor, org.lessonsportal.workflow.review.ReviewDecision.approve(null));
            Notification.show("Thank you. Your approval has been sent.",
                    8000, Notification.Position.TOP_CENTER);
            UI.getCurrent().navigate(PortalRoutes.TASKS);
        } catch (DomainException e) {
            form.errors.show(e.getMessage(), List.of());
        }
    }

    void send() {
        form.errors.hide();
        form.clearInvalid();
        if (form.decision.getValue() == null) {
            form.showErrors(List.of(new FieldError("decision",
                    "Choose whether to approve, ask for changes or decline")));
            return;
        }
        Map<String, String> bySection = form.sectionCommentsToSend();
        try {
            reviewTasks.completeReview(taskId, actor, new org.lessonsportal.workflow.review.ReviewDecision(false,
                    null, form.decision.getValue(), form.comment.getValue(), bySection));
            Notification.show("Thank you. Your review has been sent.", 8000, Notification.Position.TOP_CENTER);
            UI.getCurrent().navigate(PortalRoutes.TASKS);
        } catch (ValidationException e) {
            form.showErrors(e.errors());
        } catch (DomainException e) {
            form.errors.show(e.getMessage(), List.of());
        }
    }
}
