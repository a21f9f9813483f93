package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.shared.ValidationException;

/**
 * Asks for a reason before an action that needs one (archive, withdraw, send back, "this is not patient
 * information"). The action runs when the person confirms; a refusal is shown in the dialog, which stays open with
 * what they typed.
 */
public class ReasonDialog extends Dialog {

    /**
     * The longest reason: what the services keep (for example {@code ReviewTasks.REASON_MAX}). A longer one is kept
     * in the field, counted, and refused by the service with a message by the field.
     */
    public static final int REASON_MAX = 4000;

    private final TextArea reason = new TextArea();
    private final Paragraph problem = new Paragraph();
    private final Button confirm;

    /**
     * @param action runs with the reason typed (trimmed, possibly empty); throw a {@link DomainException} to refuse
     */
    public ReasonDialog(String title, String explanation, String label, String helper, String confirmText,
            boolean required, Consumer<String> action) {
        this(title, explanation, label, helper, confirmText, required, REASON_MAX, action);
    }

    /** @param max the longest reason the service keeps (counted under the field) */
    public ReasonDialog(String title, String explanation, String label, String helper, String confirmText,
            boolean required, int max, Consumer<String> action) {
        setHeaderTitle(title);
        addClassName("reason-dialog");
        if (explanation != null) {
            add(new Paragraph(explanation));
        }
        reason.setLabel(label);
        CharacterCount.show(reason, max, helper);
        reason.setRequiredIndicatorVisible(required);
        reason.setManualValidation(true);
        reason.setWidthFull();
        reason.setId("reason");
        problem.addClassName("error-text");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(reason, problem);

        confirm = new Button(confirmText, e -> run(action, required));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("reason-confirm");
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("reason-cancel");
        getFooter().add(cancel, confirm);
        setWidth("min(36rem, 95vw)");
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                reason.focus();
            }
        });
    }

    public TextArea reasonField() {
        return reason;
    }

    public Button confirmButton() {
        return confirm;
    }

    private void run(Consumer<String> action, boolean required) {
        String text = reason.getValue() == null ? "" : reason.getValue().strip();
        problem.setVisible(false);
        reason.setInvalid(false);
        if (required && text.isEmpty()) {
            reason.setErrorMessage("Enter a reason");
            reason.setInvalid(true);
            reason.focus();
            return;
        }
        try {
            action.accept(text);
            close();
        } catch (ValidationException e) {
            String message = e.errors().stream().map(FieldError::message).reduce((a, b) -> a + ". " + b).orElse("");
            reason.setErrorMessage(message);
            reason.setInvalid(true);
            reason.focus();
        } catch (DomainException e) {
            problem.setText(e.getMessage());
            problem.setVisible(true);
        }
    }
}
