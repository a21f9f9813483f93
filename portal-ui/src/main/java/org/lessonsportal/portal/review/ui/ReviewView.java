package org.lessonsportal.portal.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lessonsportal.domain.lesson.FieldChange;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonFields;
import org.lessonsportal.domain.lesson.LessonRecallService;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.review.ReviewDecision;
import org.lessonsportal.domain.review.ReviewDraft;
import org.lessonsportal.domain.review.ReviewDraftService;
import org.lessonsportal.domain.review.ReviewRecord;
import org.lessonsportal.domain.review.ReviewService;
import org.lessonsportal.domain.review.ReviewSubmission;
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
import org.lessonsportal.portal.base.ui.CharacterCount;
import org.lessonsportal.portal.base.ui.ErrorSummary.Problem;
import org.lessonsportal.portal.base.ui.ErrorSummary;
import org.lessonsportal.portal.base.ui.Formats;
import org.lessonsportal.portal.base.ui.MainLayout;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.portal.lesson.ui.LessonReader;
import org.lessonsportal.workflow.review.ReviewTask;
import org.lessonsportal.workflow.review.ReviewTasks;
import org.lessonsportal.workflow.review.TaskKind;

/**
 * A reviewer's task: the lesson and the review form side by side (stacked on narrow screens). The declaration of
 * competing interests comes first and the rest of the form stays disabled until it is answered. In a later round,
 * what the author changed since the reviewer's last review is shown next to each section, labelled in words.
 */
@Route(value = "tasks/:taskId/review", layout = MainLayout.class)
@RolesAllowed(Roles.REVIEWER)
class ReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Sections a reviewer can comment on, with the words the lesson page uses for them. */
    static final Map<String, String> COMMENTABLE = new LinkedHashMap<>();

    static {
        COMMENTABLE.put(LessonFields.TITLE, "the title");
        COMMENTABLE.put(LessonFields.SUMMARY, "the summary");
        COMMENTABLE.put(LessonFields.CONTEXT, "the context");
        COMMENTABLE.put(LessonFields.APPROACH, "what they did");
        COMMENTABLE.put(LessonFields.OUTCOMES, "the outcomes");
        COMMENTABLE.put(LessonFields.CHALLENGES, "the challenges");
        COMMENTABLE.put(LessonFields.RECOMMENDATIONS, "the recommendations");
        COMMENTABLE.put(LessonFields.WOULD_DO_DIFFERENTLY, "what they would do differently");
    }

    private static final Pattern SECTION_COMMENT = Pattern.compile("sectionComments\\[(\\d+)]");

    private final LessonService lessons;
    private final ReviewTasks reviewTasks;
    private final ReviewDraftService drafts;
    private final ReviewService reviews;
    private final RevisionReplyService replies;
    private final LessonRecallService recall;
    private final Actor actor;
    private String taskId;
    private String title = "Review";

    final RadioButtonGroup<Boolean> competingInterest = new RadioButtonGroup<>(
            "Do you have a competing interest in this lesson?");
    final TextArea competingDetails = new TextArea("Describe your competing interest");
    final Button declare = new Button("Declare it and hand the review back");
    final RadioButtonGroup<ReviewDecision> decision = new RadioButtonGroup<>("Your recommendation");
    final TextArea comment = new TextArea("Your comments for the author");
    final Map<String, TextArea> sectionComments = new LinkedHashMap<>();
    final Button send = new Button("Send your review");
    final ErrorSummary errors = new ErrorSummary();
    private final Div rest = new Div();
    private List<String> sentSections = List.of();
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
        addClassNames("review-page", MainLayout.WIDE);
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
        Paragraph about = new Paragraph("From " + task.organisationName() + ". Round " + task.round()
                + (task.dueAt() == null ? "." : ". Please send your review by " + Formats.date(task.dueAt()) + "."));
        about.addClassName("lede");
        add(about);

        saver = new ReviewDraftSaver(drafts, actor, lesson.id(), this::readDraft);
        ReviewRecord mine = task.round() == 1 ? null : reviews.reviewsOf(lesson.id(), actor).stream()
                .filter(r -> r.reviewerId().equals(actor.memberId()) && r.round() < task.round())
                .max(Comparator.comparingInt(ReviewRecord::round)).orElse(null);
        RevisionReply reply = task.round() == 1 ? null : replies.of(lesson.id(), task.round(), actor).orElse(null);
        rereview = new RereviewPanel(mine, reply, this::stillApprove);
        Div columns = new Div();
        columns.addClassName("side-by-side");
        columns.add(lessonColumn(lesson, changes, mine), formColumn());
        add(columns);
        saver.restore(this::writeDraft);
        saver.watch(competingInterest);
        saver.watch(competingDetails);
        saver.watch(decision);
        saver.watch(comment);
        sectionComments.values().forEach(saver::watch);
    }

    /** The review as the form holds it now. */
    private ReviewDraft readDraft() {
        Map<String, String> bySection = new LinkedHashMap<>();
        sectionComments.forEach((key, area) -> bySection.put(key, area.getValue()));
        return new ReviewDraft(competingInterest.getValue(), competingDetails.getValue(), decision.getValue(),
                comment.getValue(), bySection, null);
    }

    private void writeDraft(ReviewDraft draft) {
        competingInterest.setValue(draft.hasCompetingInterests());
        competingDetails.setValue(orEmpty(draft.competingInterestsDetails()));
        decision.setValue(draft.decision());
        comment.setValue(orEmpty(draft.comment()));
        sectionComments.forEach((key, area) -> area.setValue(orEmpty(draft.sectionComments().get(key))));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
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

    private Section formColumn() {
        Section column = new Section();
        column.addClassName("review-form");
        column.setId("review-form");
        column.add(new H2("Your review"));
        Paragraph saved = new Paragraph(saver.status);
        saved.addClassName("save-bar");
        column.add(saved);
        errors.setId("review-errors");
        column.add(errors);
        if (!rereview.isEmpty()) {
            column.add(rereview);
        }

        competingInterest.setId("competing-interest");
        competingInterest.setItems(Boolean.TRUE, Boolean.FALSE);
        competingInterest.setItemLabelGenerator(yes -> yes ? "Yes, I have a competing interest"
                : "No, I have no competing interest");
        competingInterest.setHelperText("For example, you worked on the project, for its supplier, or for a "
                + "competitor of its supplier. Answer this first.");
        competingDetails.setId("competing-details");
        CharacterCount.show(competingDetails, ReviewSubmission.DETAILS_MAX, "Someone else will be asked to review "
                + "the lesson instead. Nothing else of your review is recorded.");
        competingDetails.setWidthFull();
        competingDetails.setVisible(false);
        declare.setId("declare-competing-interest");
        declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        declare.setVisible(false);
        declare.addClickListener(e -> declare());

        decision.setId("review-decision");
        decision.setItems(ReviewDecision.APPROVE, ReviewDecision.REQUEST_CHANGES, ReviewDecision.DECLINE);
        decision.setItemLabelGenerator(d -> switch (d) {
            case APPROVE -> "Approve: ready to publish";
            case REQUEST_CHANGES -> "Ask the author for changes";
            case DECLINE -> "Decline: should not be published";
        });
        decision.setHelperText("Publishers see every reviewer's recommendation before a lesson is published.");
        comment.setId("review-comment");
        CharacterCount.show(comment, ReviewSubmission.COMMENT_MAX, "Needed if you ask for changes or recommend "
                + "declining. Be specific and kind: the author will read this.");
        comment.setMinHeight("8rem");
        comment.setWidthFull();
        rest.add(decision, comment);

        Div sections = new Div();
        sections.addClassName("section-comments");
        sections.add(new H3("Comments on particular sections (optional)"));
        Paragraph hint = new Paragraph("The author will see each comment next to the section it is about.");
        hint.addClassName("hint");
        sections.add(hint);
        COMMENTABLE.forEach((key, words) -> {
            TextArea area = new TextArea("Comment on " + words);
            area.setId("section-comment-" + key);
            CharacterCount.show(area, ReviewSubmission.SECTION_COMMENT_MAX, null);
            area.setWidthFull();
            sectionComments.put(key, area);
            sections.add(area);
        });
        rest.add(sections);

        send.setId("send-review");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        send.addClickListener(e -> send());
        rest.add(send);
        setRestEnabled(false);

        competingInterest.addValueChangeListener(e -> {
            boolean declared = Boolean.TRUE.equals(e.getValue());
            competingDetails.setVisible(declared);
            declare.setVisible(declared);
            setRestEnabled(Boolean.FALSE.equals(e.getValue()));
            competingInterest.setInvalid(false);
        });
        Paragraph disabledHint = new Paragraph("Answer the question about competing interests to start your review.");
        disabledHint.addClassName("hint");
        disabledHint.setId("review-disabled-hint");
        competingInterest.addValueChangeListener(e -> disabledHint.setVisible(e.getValue() == null));
        column.add(competingInterest, competingDetails, declare, disabledHint, rest);
        return column;
    }

    private void setRestEnabled(boolean enabled) {
        decision.setEnabled(enabled);
        comment.setEnabled(enabled);
        sectionComments.values().forEach(a -> a.setEnabled(enabled));
        send.setEnabled(enabled);
    }

    void declare() {
        errors.hide();
        competingDetails.setInvalid(false);
        try {
            reviewTasks.completeReview(taskId, actor, org.lessonsportal.workflow.review.ReviewDecision
                    .competingInterest(competingDetails.getValue()));
            Notification.show("Thank you for telling us. A publisher will ask someone else to review this lesson.",
                    8000, Notification.Position.TOP_CENTER);
            UI.getCurrent().navigate(PortalRoutes.TASKS);
        } catch (ValidationException e) {
            showErrors(e.errors());
        } catch (DomainException e) {
            errors.show(e.getMessage(), List.of());
        }
    }

    /** A reviewer who approved the earlier round confirms their approval after reading the changes. */
    void stillApprove() {
        errors.hide();
        try {
            reviewTasks.completeReview(taskId, actor, org.lessonsportal.workflow.review.ReviewDecision.approve(null));
            Notification.show("Thank you. Your approval has been sent.",
                    8000, Notification.Position.TOP_CENTER);
            UI.getCurrent().navigate(PortalRoutes.TASKS);
        } catch (DomainException e) {
            errors.show(e.getMessage(), List.of());
        }
    }

    void send() {
        errors.hide();
        clearInvalid();
        if (decision.getValue() == null) {
            showErrors(List.of(new FieldError("decision", "Choose whether to approve, ask for changes or decline")));
            return;
        }
        Map<String, String> bySection = new LinkedHashMap<>();
        sectionComments.forEach((key, area) -> {
            if (area.getValue() != null && !area.getValue().isBlank()) {
                bySection.put(key, area.getValue());
            }
        });
        sentSections = new ArrayList<>(bySection.keySet());
        try {
            reviewTasks.completeReview(taskId, actor, new org.lessonsportal.workflow.review.ReviewDecision(false,
                    null, decision.getValue(), comment.getValue(), bySection));
            Notification.show("Thank you. Your review has been sent.", 8000, Notification.Position.TOP_CENTER);
            UI.getCurrent().navigate(PortalRoutes.TASKS);
        } catch (ValidationException e) {
            showErrors(e.errors());
        } catch (DomainException e) {
            errors.show(e.getMessage(), List.of());
        }
    }

    private void showErrors(List<FieldError> fieldErrors) {
        List<Problem> problems = new ArrayList<>();
        for (FieldError error : fieldErrors) {
            Component field = fieldFor(error.field());
            if (field instanceof HasValidation validated) {
                validated.setErrorMessage(error.message());
                validated.setInvalid(true);
            }
            problems.add(new Problem(error.message(), field, null));
        }
        errors.show("Your review has not been sent yet. Fix these problems:", problems);
    }

    private Component fieldFor(String key) {
        Matcher section = SECTION_COMMENT.matcher(key);
        if (section.matches()) {
            int index = Integer.parseInt(section.group(1));
            return index < sentSections.size() ? sectionComments.get(sentSections.get(index)) : null;
        }
        return switch (key) {
            case "decision" -> decision;
            case "comment" -> comment;
            case "hasCompetingInterests" -> competingInterest;
            case "competingInterest", "competingInterestsDetails" -> competingDetails;
            default -> null;
        };
    }

    private void clearInvalid() {
        decision.setInvalid(false);
        comment.setInvalid(false);
        competingDetails.setInvalid(false);
        sectionComments.values().forEach(a -> a.setInvalid(false));
    }
}
