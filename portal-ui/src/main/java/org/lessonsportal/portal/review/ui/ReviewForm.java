package org.lessonsportal.portal.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lessonsportal.domain.lesson.LessonFields;
import org.lessonsportal.domain.review.ReviewDecision;
import org.lessonsportal.domain.review.ReviewDraft;
import org.lessonsportal.domain.review.ReviewSubmission;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.portal.base.ui.CharacterCount;
import org.lessonsportal.portal.base.ui.ErrorSummary;
import org.lessonsportal.portal.base.ui.ErrorSummary.Problem;

/**
 * The review form, the right-hand column of a review: the declaration of competing interests first, and the rest
 * (recommendation, comments for the author, comments on particular sections, Send) disabled until it is answered
 * "no". Answering "yes" offers handing the review back instead. Limits are counted, never enforced, so nothing typed
 * is cut; the service's problems are shown by their fields and in a summary at the top of the column. What the
 * buttons do is the page's business ({@link ReviewView}).
 */
final class ReviewForm extends Section {

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

    /**
     * @param saveStatus the draft's "Saved at 14:32"
     * @param rereview   what the reviewer needs in a later round (shown when not empty)
     * @param declare    runs when the reviewer declares a competing interest
     * @param send       runs when the reviewer sends the review
     */
    ReviewForm(Span saveStatus, RereviewPanel rereview, Runnable declare, Runnable send) {
        addClassName("review-form");
        setId("review-form");
        add(new H2("Your review"));
        Paragraph saved = new Paragraph(saveStatus);
        saved.addClassName("save-bar");
        add(saved);
        errors.setId("review-errors");
        add(errors);
        if (!rereview.isEmpty()) {
            add(rereview);
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
        this.declare.setId("declare-competing-interest");
        this.declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        this.declare.setVisible(false);
        this.declare.addClickListener(e -> declare.run());

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
        rest.add(sectionComments());

        this.send.setId("send-review");
        this.send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        this.send.addClickListener(e -> send.run());
        rest.add(this.send);
        setRestEnabled(false);

        competingInterest.addValueChangeListener(e -> {
            boolean declared = Boolean.TRUE.equals(e.getValue());
            competingDetails.setVisible(declared);
            this.declare.setVisible(declared);
            setRestEnabled(Boolean.FALSE.equals(e.getValue()));
            competingInterest.setInvalid(false);
        });
        Paragraph disabledHint = new Paragraph("Answer the question about competing interests to start your review.");
        disabledHint.addClassName("hint");
        disabledHint.setId("review-disabled-hint");
        competingInterest.addValueChangeListener(e -> disabledHint.setVisible(e.getValue() == null));
        add(competingInterest, competingDetails, this.declare, disabledHint, rest);
    }

    private Div sectionComments() {
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
        return sections;
    }

    private void setRestEnabled(boolean enabled) {
        decision.setEnabled(enabled);
        comment.setEnabled(enabled);
        sectionComments.values().forEach(a -> a.setEnabled(enabled));
        send.setEnabled(enabled);
    }

    /** Saves the draft whenever the reviewer changes anything. */
    void savedBy(ReviewDraftSaver saver) {
        saver.watch(competingInterest);
        saver.watch(competingDetails);
        saver.watch(decision);
        saver.watch(comment);
        sectionComments.values().forEach(saver::watch);
    }

    /** The review as the form holds it now. */
    ReviewDraft readDraft() {
        Map<String, String> bySection = new LinkedHashMap<>();
        sectionComments.forEach((key, area) -> bySection.put(key, area.getValue()));
        return new ReviewDraft(competingInterest.getValue(), competingDetails.getValue(), decision.getValue(),
                comment.getValue(), bySection, null);
    }

    void writeDraft(ReviewDraft draft) {
        competingInterest.setValue(draft.hasCompetingInterests());
        competingDetails.setValue(orEmpty(draft.competingInterestsDetails()));
        decision.setValue(draft.decision());
        comment.setValue(orEmpty(draft.comment()));
        sectionComments.forEach((key, area) -> area.setValue(orEmpty(draft.sectionComments().get(key))));
    }

    /**
     * The section comments written, by section, to send; remembered so that the service's
     * {@code sectionComments[i]} finds its field.
     */
    Map<String, String> sectionCommentsToSend() {
        Map<String, String> bySection = new LinkedHashMap<>();
        sectionComments.forEach((key, area) -> {
            if (area.getValue() != null && !area.getValue().isBlank()) {
                bySection.put(key, area.getValue());
            }
        });
        sentSections = new ArrayList<>(bySection.keySet());
        return bySection;
    }

    /** Shows each problem by its field and all of them in the summary at the top. */
    void showErrors(List<FieldError> fieldErrors) {
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

    void clearInvalid() {
        decision.setInvalid(false);
        comment.setInvalid(false);
        competingDetails.setInvalid(false);
        sectionComments.values().forEach(a -> a.setInvalid(false));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
