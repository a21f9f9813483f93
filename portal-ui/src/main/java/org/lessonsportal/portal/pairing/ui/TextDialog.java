package org.lessonsportal.portal.pairing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.portal.base.ui.CharacterCount;

/**
 * A dialog with one piece of text to send (asking to be paired, a reason for declining), counted against the
 * service's limit as it is typed. A refusal is shown in the dialog, which stays open with what was typed.
 */
class TextDialog extends Dialog {

    final TextArea text = new TextArea();
    final Paragraph problem = new Paragraph();
    final Button send;

    /** @param action runs with what was typed; throw a {@link DomainException} to refuse it */
    TextDialog(String id, String title, String explanation, String label, String helper, int max, String sendText,
            Consumer<String> action) {
        setId(id);
        setHeaderTitle(title);
        if (explanation != null) {
            add(new Paragraph(explanation));
        }
        text.setLabel(label);
        text.setId(id + "-text");
        text.setWidthFull();
        text.setMinHeight("8rem");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setManualValidation(true);
        CharacterCount.show(text, max, helper);
        problem.setId(id + "-problem");
        problem.addClassName("error-text");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(text, problem);
        send = new Button(sendText, e -> run(action));
        send.setId(id + "-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId(id + "-cancel");
        getFooter().add(cancel, send);
        setWidth("min(36rem, 95vw)");
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                text.focus();
            }
        });
    }

    private void run(Consumer<String> action) {
        problem.setVisible(false);
        text.setInvalid(false);
        try {
            action.accept(text.getValue());
            close();
        } catch (ValidationException e) {
            text.setErrorMessage(sentences(e));
            text.setInvalid(true);
            text.focus();
        } catch (DomainException e) {
            problem.setText(e.getMessage());
            problem.setVisible(true);
        }
    }

    /** "Your message must be 600 characters or fewer (it is 601)." */
    static String sentences(ValidationException e) {
        return e.errors().stream().map(FieldError::message).map(TextDialog::sentence)
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    static String sentence(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
    }
}
