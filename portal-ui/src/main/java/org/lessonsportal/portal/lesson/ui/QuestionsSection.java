package org.lessonsportal.portal.lesson.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
import java.util.Set;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.question.AnswerView;
import org.lessonsportal.domain.question.QuestionService;
import org.lessonsportal.domain.question.QuestionView;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.portal.base.ui.CharacterCount;
import org.lessonsportal.portal.base.ui.Formats;

/**
 * "Questions to the team" on a published (or archived) lesson's page: the questions people of other organisations
 * asked and the answers of the lesson's organisation. Someone of another organisation asks; the author and their
 * colleagues answer (and say whether they want to hear about new questions); anyone reports an answer and a publisher
 * hides it with a reason. Every refused save keeps what was typed, with the reason by the field.
 */
class QuestionsSection extends Div {

    private static final int LABEL_QUOTE = 60;

    private final QuestionService questions;
    private final Long lessonId;
    private final Actor actor;
    private final Set<Action> allowed;

    QuestionsSection(QuestionService questions, Long lessonId, Actor actor, Set<Action> allowed) {
        this.questions = questions;
        this.lessonId = lessonId;
        this.actor = actor;
        this.allowed = allowed;
        setId("questions");
        addClassName("lesson-questions");
        fill();
    }

    /** The section for the lesson page, with the question service the portal has. */
    static QuestionsSection of(Long lessonId, Actor actor, Set<Action> allowed) {
        return new QuestionsSection(VaadinService.getCurrent().getInstantiator().getOrCreate(QuestionService.class),
                lessonId, actor, allowed);
    }

    private void fill() {
        removeAll();
        H2 heading = new H2("Questions to the team");
        heading.setId("questions-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        add(heading);
        if (allowed.contains(Action.ASK_QUESTION)) {
            add(askForm());
        }
        if (allowed.contains(Action.ANSWER_QUESTION)) {
            Checkbox tell = new Checkbox("Tell me about questions on my organisation's lessons",
                    questions.tellsMeAboutQuestions(actor));
            tell.setId("questions-tell-me");
            tell.setHelperText("The author is always told. You will get a notification, and an e-mail when the "
                    + "portal sends them.");
            tell.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    questions.tellMeAboutQuestions(actor, e.getValue());
                    Notification.show(e.getValue() ? "You will be told about new questions."
                            : "You will no longer be told about new questions.", 5000,
                            Notification.Position.TOP_CENTER);
                }
            });
            add(tell);
        }
        List<QuestionView> asked = questions.questionsOf(lessonId, actor);
        if (asked.isEmpty()) {
            Paragraph none = new Paragraph("Nobody has asked a question about this lesson yet.");
            none.setId("questions-none");
            add(none);
            return;
        }
        Div list = new Div();
        list.setId("questions-list");
        asked.forEach(q -> list.add(question(q)));
        add(list);
    }

    /**
     * Redraws the section after a question or answer was saved and puts the focus on its heading: the button pressed
     * went with the redraw, and the focus would otherwise fall back to the page's body.
     */
    private void changed() {
        fill();
        getChildren().findFirst().ifPresent(heading -> heading.getElement().callJsFunction("focus"));
    }

    private Div askForm() {
        Div form = new Div();
        form.addClassName("questions-ask");
        form.add(new Paragraph("Ask the people who did this project. Your question, your name and organisation, and "
                + "their answers are shown here to everyone signed in."));
        TextArea text = new TextArea("Your question");
        text.setId("question-text");
        text.setWidthFull();
        text.setValueChangeMode(ValueChangeMode.LAZY);
        CharacterCount.show(text, QuestionService.QUESTION_MAX, "No patient details.");
        Button ask = new Button("Ask the team", e -> {
            text.setInvalid(false);
            try {
                questions.ask(actor, lessonId, text.getValue());
                Notification.show("Your question was sent to the lesson's team. You will be told when they answer.",
                        5000, Notification.Position.TOP_CENTER);
                changed();
            } catch (ValidationException ex) {
                show(text, ex.messagesFor("question"));
            } catch (DomainException ex) {
                Notification.show(ex.getMessage(), 8000, Notification.Position.TOP_CENTER);
            }
        });
        ask.setId("question-ask");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(ask);
        actions.addClassName("page-actions");
        form.add(text, actions);
        return form;
    }

    private Div question(QuestionView question) {
        Div card = new Div();
        card.addClassName("question");
        card.setId("question-" + question.id());
        // a short heading to move between questions with a screen reader; the question itself follows
        H3 heading = new H3("Question from " + question.askedByName() + ", " + question.organisationName());
        heading.addClassName("question__heading");
        Paragraph text = new Paragraph(question.text());
        text.addClassName("question__text");
        Paragraph by = new Paragraph("Asked on " + Formats.date(question.askedAt()) + ".");
        by.addClassName("question__meta");
        card.add(heading, text, by);
        if (question.answers().isEmpty()) {
            Paragraph waiting = new Paragraph("Not answered yet.");
            waiting.addClassName("question__waiting");
            card.add(waiting);
        }
        for (AnswerView answer : question.answers()) {
            card.add(answer(question, answer));
        }
        if (allowed.contains(Action.ANSWER_QUESTION)) {
            Button answer = new Button("Answer", e -> openAnswer(question));
            answer.setId("question-answer-" + question.id());
            answer.setAriaLabel("Answer the question: " + quote(question.text()));
            Div actions = new Div(answer);
            actions.addClassName("page-actions");
            card.add(actions);
        }
        return card;
    }

    private Div answer(QuestionView question, AnswerView answer) {
        Div block = new Div();
        block.addClassName("answer");
        block.setId("answer-" + answer.id());
        Paragraph text = new Paragraph(answer.text());
        text.addClassName("answer__text");
        Paragraph by = new Paragraph("Answered by " + answer.answeredByName() + " on "
                + Formats.date(answer.answeredAt()) + ".");
        by.addClassName("answer__meta");
        block.add(text, by);
        if (allowed.contains(Action.HIDE_ANSWER) && answer.reports() > 0) {
            Paragraph reported = new Paragraph(answer.reports() == 1 ? "Reported by 1 person."
                    : "Reported by " + answer.reports() + " people.");
            reported.addClassName("answer__reported");
            block.add(reported);
        }
        Div actions = new Div();
        actions.addClassName("page-actions");
        String whose = "the answer by " + answer.answeredByName() + " to: " + quote(question.text());
        if (allowed.contains(Action.REPORT_ANSWER)) {
            if (answer.reportedByYou()) {
                Paragraph done = new Paragraph("You reported this answer.");
                done.setId("answer-reported-" + answer.id());
                actions.add(done);
            } else {
                Button report = new Button("Report", e -> openReport(answer, whose));
                report.setId("answer-report-" + answer.id());
                report.setAriaLabel("Report " + whose);
                report.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                actions.add(report);
            }
        }
        if (allowed.contains(Action.HIDE_ANSWER)) {
            Button hide = new Button("Hide", e -> openHide(answer, whose));
            hide.setId("answer-hide-" + answer.id());
            hide.setAriaLabel("Hide " + whose);
            hide.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(hide);
        }
        if (actions.getComponentCount() > 0) {
            block.add(actions);
        }
        return block;
    }

    private void openAnswer(QuestionView question) {
        TextArea text = new TextArea("Your answer");
        text.setId("answer-text");
        CharacterCount.show(text, QuestionService.ANSWER_MAX, "Shown to everyone signed in. No patient details.");
        openDialog("answer-dialog", "Answer: " + quote(question.text()), text, "Send answer", "answer-send",
                "answer", value -> {
                    questions.answer(actor, question.id(), value);
                    return "Your answer is shown on the lesson. The person who asked has been told.";
                });
    }

    private void openReport(AnswerView answer, String whose) {
        TextArea text = new TextArea("What is wrong with it? (optional)");
        text.setId("report-reason");
        CharacterCount.show(text, QuestionService.REASON_MAX, "A publisher will look at it.");
        openDialog("report-dialog", "Report " + whose, text, "Report answer", "report-send", "reason", value -> {
            questions.report(actor, answer.id(), value);
            return "Thank you: a publisher will look at the answer.";
        });
    }

    private void openHide(AnswerView answer, String whose) {
        TextArea text = new TextArea("Why are you hiding it?");
        text.setId("hide-reason");
        text.setRequiredIndicatorVisible(true);
        CharacterCount.show(text, QuestionService.REASON_MAX, "Kept in the lesson's audit trail.");
        openDialog("hide-dialog", "Hide " + whose, text, "Hide answer", "hide-send", "reason", value -> {
            questions.hide(actor, answer.id(), value);
            return "The answer is hidden from the lesson page and search.";
        });
    }

    /** A saving step: returns what to tell the person once it is saved. */
    private interface Save {
        String save(String value);
    }

    private void openDialog(String id, String title, TextArea text, String saveLabel, String saveId, String field,
            Save action) {
        Dialog dialog = new Dialog();
        dialog.setId(id);
        dialog.setHeaderTitle(title);
        text.setWidthFull();
        text.setValueChangeMode(ValueChangeMode.LAZY);
        Button save = new Button(saveLabel, e -> {
            text.setInvalid(false);
            try {
                String done = action.save(text.getValue());
                dialog.close();
                Notification.show(done, 5000, Notification.Position.TOP_CENTER);
                changed();
            } catch (ValidationException ex) {
                show(text, ex.messagesFor(field));
            } catch (DomainException ex) {
                Notification.show(ex.getMessage(), 8000, Notification.Position.TOP_CENTER);
            }
        });
        save.setId(saveId);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> dialog.close());
        cancel.setId(id + "-cancel");
        dialog.add(text);
        dialog.getFooter().add(cancel, save);
        dialog.setWidth("min(36rem, 95vw)");
        dialog.open();
    }

    private static String quote(String text) {
        return text.length() <= LABEL_QUOTE ? text : text.substring(0, LABEL_QUOTE - 1) + "…";
    }

    private static void show(HasValidation field, List<String> messages) {
        if (!messages.isEmpty()) {
            String text = String.join(". ", messages);
            field.setErrorMessage(Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".");
            field.setInvalid(true);
        }
    }
}
