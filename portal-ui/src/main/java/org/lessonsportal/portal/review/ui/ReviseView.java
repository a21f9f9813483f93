package org.lessonsportal.portal.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonFields;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.review.ReviewDecision;
import org.lessonsportal.domain.review.ReviewRecord;
import org.lessonsportal.domain.review.RevisionReplyService;
import org.lessonsportal.domain.review.SectionComment;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.identity.CurrentUserService;
import org.lessonsportal.portal.base.ui.CharacterCount;
import org.lessonsportal.portal.base.ui.Formats;
import org.lessonsportal.portal.base.ui.Lede;
import org.lessonsportal.portal.base.ui.MainLayout;
import org.lessonsportal.portal.base.ui.Names;
import org.lessonsportal.portal.base.ui.Panel;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.portal.lesson.ui.LessonEditor;
import org.lessonsportal.portal.lesson.ui.LessonReader;
import org.lessonsportal.workflow.review.ReviewTasks;
import org.lessonsportal.workflow.review.RevisionBrief;
import org.lessonsportal.workflow.review.TaskKind;

/**
 * The author's revise task: what the reviewers (or a publisher) asked for, each section comment shown next to the
 * section it is about, the lesson form (saved automatically as in writing) and "Resubmit for review".
 */
@Route(value = "tasks/:taskId/revise", layout = MainLayout.class)
@RolesAllowed(Roles.CONTRIBUTOR)
class ReviseView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final LessonService lessons;
    private final ReviewTasks reviewTasks;
    private final Names names;
    private final RevisionReplyService replies;
    private final Actor actor;
    private String title = "Revise the lesson";
    LessonEditor editor;
    final TextArea reply = new TextArea("What you changed, for the reviewers (optional)");

    final Span replyStatus = new Span("Your reply is saved as you write it");

    ReviseView(LessonService lessons, ReviewTasks reviewTasks, OrganisationService organisations,
            RevisionReplyService replies, CurrentUserService currentUsers) {
        this.lessons = lessons;
        this.reviewTasks = reviewTasks;
        this.names = new Names(organisations);
        this.replies = replies;
        this.actor = currentUsers.require().actor();
        addClassName("revise-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String taskId = event.getRouteParameters().get("taskId").orElseThrow();
        reviewTasks.task(taskId, actor).filter(t -> t.kind() == TaskKind.REVISE)
                .orElseThrow(() -> new NotFoundException("We could not find that task. You may have resubmitted "
                        + "the lesson already."));
        RevisionBrief brief = reviewTasks.revisionBrief(taskId, actor);
        LessonDetails lesson = lessons.get(brief.lessonId(), actor);
        build(taskId, brief, lesson);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (editor != null) {
            editor.beforeLeave(event);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " - Lessons Portal";
    }

    private void build(String taskId, RevisionBrief brief, LessonDetails lesson) {
        removeAll();
        title = "Revise: " + Formats.title(lesson.title());
        H1 h1 = new H1(title);
        h1.setId("revise-title");
        add(h1);
        add(Lede.of((brief.sentBackBy() == null
                ? "The reviewers asked for changes. Their comments are below and next to the sections they are about."
                : brief.sentBackBy() + ", a publisher, sent the lesson back to you. Their reason is below.")
                + " Your changes are saved as you type; resubmit when you are ready, and the same reviewers will "
                + "look at it again."));

        Div asked = new Div();
        asked.addClassNames("panel", "panel--care");
        asked.setId("reviewer-comments");
        asked.add(new H2("What you were asked to change"));
        if (brief.sentBackReason() != null) {
            Paragraph sentBack = new Paragraph(brief.sentBackBy() + " (publisher) sent the lesson back: "
                    + brief.sentBackReason());
            sentBack.setId("sent-back-reason");
            sentBack.addClassName("prose");
            asked.add(sentBack);
        }
        List<ReviewRecord> latest = brief.reviews().stream().filter(r -> r.round() == brief.round()).toList();
        for (ReviewRecord review : latest) {
            asked.add(review(review));
        }
        List<ReviewRecord> earlier = brief.reviews().stream().filter(r -> r.round() < brief.round())
                .sorted(Comparator.comparing(ReviewRecord::round).reversed()).toList();
        if (!earlier.isEmpty()) {
            Details older = new Details("Reviews of earlier rounds");
            earlier.forEach(r -> older.add(review(r)));
            asked.add(older);
        }
        add(asked);

        add(replyPanel(lesson.id()));
        editor = new LessonEditor(lessons, actor, "Resubmit for review", (id, version) -> {
            reply.setInvalid(false);
            try {
                return reviewTasks.resubmit(taskId, actor, version, reply.getValue());
            } catch (ValidationException e) {
                e.errors().stream().filter(f -> RevisionReplyService.FIELD.equals(f.field())).findFirst().ifPresent(f -> {
                    reply.setErrorMessage(f.message());
                    reply.setInvalid(true);
                });
                throw e;
            }
        }, this::resubmitted);
        editor.load(lesson);
        for (ReviewRecord review : latest) {
            for (SectionComment comment : review.sectionComments()) {
                Div note = new Div();
                note.addClassName("reviewer-comment");
                Paragraph who = new Paragraph();
                Span tag = new Span("Reviewer comment");
                tag.addClassName("tag");
                who.add(tag, new Span(" " + names.person(review.reviewerId()) + " on "
                        + LessonFields.label(comment.section()).toLowerCase(Locale.UK) + ":"));
                Paragraph text = new Paragraph(comment.comment());
                text.addClassName("prose");
                note.add(who, text);
                editor.form().addToSection(LessonReader.sectionOf(comment.section()), note);
            }
        }
        add(editor);
    }

    /** The author's reply to the reviewers, sent with the revision: what they changed and why. */
    private Div replyPanel(Long lessonId) {
        Div panel = Panel.titled("reply-panel", "Your reply to the reviewers");
        reply.setId("reply-to-reviewers");
        reply.setWidthFull();
        reply.setMinHeight("6rem");
        reply.setManualValidation(true);
        CharacterCount.show(reply, RevisionReplyService.REPLY_MAX, "Optional, but it saves the reviewers' time: say "
                + "what you changed for each comment, and why you left anything as it was. They read it next to "
                + "your changes. It is sent when you resubmit.");
        replies.draft(lessonId, actor).ifPresent(draft -> {
            reply.setValue(draft.reply());
            replyStatus.setText("Restored your reply as saved at " + Formats.dateTime(draft.savedAt()));
        });
        // saved as it is written, like the lesson and the reviews, so reloading the page loses nothing
        reply.setValueChangeMode(ValueChangeMode.LAZY);
        reply.setValueChangeTimeout(ReviewDraftSaver.TYPING_PAUSE_MS);
        reply.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                replyStatus.setText("Saved at " + Formats.time(replies.saveDraft(lessonId, actor, e.getValue())));
                replyStatus.removeClassName("save-status--problem");
            } catch (DomainException ex) {
                replyStatus.setText("Not saved: " + ex.getMessage());
                replyStatus.addClassName("save-status--problem");
            }
        });
        replyStatus.setId("reply-save-status");
        replyStatus.addClassName("save-status");
        replyStatus.getElement().setAttribute("role", "status");
        panel.add(reply, replyStatus);
        return panel;
    }

    private Div review(ReviewRecord review) {
        Div box = new Div();
        box.addClassName("review-record");
        box.add(new H3(names.person(review.reviewerId()) + ": " + decision(review.decision()) + " (round "
                + review.round() + ", " + Formats.date(review.submittedAt()) + ")"));
        box.add(ReviewQuotes.of(review));
        return box;
    }

    private static String decision(ReviewDecision decision) {
        return switch (decision) {
            case APPROVE -> "approved";
            case REQUEST_CHANGES -> "asked for changes";
            case DECLINE -> "recommended declining";
        };
    }

    private void resubmitted(LessonDetails lesson) {
        Notification.show("Your lesson has been resubmitted. Its reviewers will look at it again.", 8000,
                Notification.Position.TOP_CENTER);
        UI.getCurrent().navigate(PortalRoutes.lesson(lesson.id()));
    }
}
