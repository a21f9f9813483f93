package org.lessonsportal.portal.pairing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.lessonsportal.domain.pairing.HelpOfferService;
import org.lessonsportal.domain.pairing.HelpOfferView;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.domain.taxonomy.Labelled;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.portal.base.ui.CharacterCount;

/**
 * An organisation's administrator offers help with a type of project, or changes an offer. A refusal is shown by the
 * fields and keeps what was typed.
 */
class OfferHelpDialog extends Dialog {

    final ComboBox<ProjectType> projectType = new ComboBox<>("Type of project you have done");
    final TextField contactName = new TextField("Contact");
    final EmailField contactEmail = new EmailField("Contact's e-mail address");
    final TextArea whatWeOffer = new TextArea("What you can give");
    final Paragraph problem = new Paragraph();

    OfferHelpDialog(HelpOfferService offers, Actor actor, Long organisationId, HelpOfferView existing,
            Runnable afterwards) {
        setId("offer-help-dialog");
        setHeaderTitle(existing == null ? "Offer help" : "Change your offer of help");
        add(new Paragraph("Say you have done this kind of project and can talk others through it. Everyone signed in "
                + "will see the offer, with the contact, on your organisation's page, on \"Starting a project?\" and "
                + "in the challenge playbook."));
        projectType.setId("offer-project-type");
        projectType.setItems(ProjectType.values());
        projectType.setItemLabelGenerator(Labelled::label);
        projectType.setRequiredIndicatorVisible(true);
        projectType.setManualValidation(true);
        projectType.setWidthFull();
        contactName.setId("offer-contact-name");
        contactName.setHelperText("A person or a role, for example \"EPR programme office\".");
        contactName.setRequiredIndicatorVisible(true);
        contactName.setManualValidation(true);
        contactName.setWidthFull();
        contactEmail.setId("offer-contact-email");
        contactEmail.setHelperText("A person's address or a team mailbox.");
        contactEmail.setRequiredIndicatorVisible(true);
        contactEmail.setManualValidation(true);
        contactEmail.setWidthFull();
        whatWeOffer.setId("offer-what");
        whatWeOffer.setValueChangeMode(ValueChangeMode.LAZY);
        whatWeOffer.setRequiredIndicatorVisible(true);
        whatWeOffer.setManualValidation(true);
        whatWeOffer.setWidthFull();
        CharacterCount.show(whatWeOffer, HelpOfferService.OFFER_MAX, "For example \"A one-hour call\" or \"A site "
                + "visit\". No patient details.");
        if (existing != null) {
            projectType.setValue(existing.projectType());
            projectType.setReadOnly(true);
            contactName.setValue(existing.contactName());
            contactEmail.setValue(existing.contactEmail());
            whatWeOffer.setValue(existing.whatWeOffer());
        }
        problem.setId("offer-problem");
        problem.addClassName("error-text");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(projectType, contactName, contactEmail, whatWeOffer, problem);
        Button save = new Button("Save offer", e -> {
            List<HasValidation> fields = List.of(projectType, contactName, contactEmail, whatWeOffer);
            fields.forEach(f -> f.setInvalid(false));
            problem.setVisible(false);
            try {
                offers.offer(actor, organisationId, projectType.getValue(), contactName.getValue(),
                        contactEmail.getValue(), whatWeOffer.getValue());
                close();
                afterwards.run();
            } catch (ValidationException ex) {
                show(projectType, ex.messagesFor("projectType"));
                show(contactName, ex.messagesFor("contactName"));
                show(contactEmail, ex.messagesFor("contactEmail"));
                show(whatWeOffer, ex.messagesFor("whatWeOffer"));
            } catch (DomainException ex) {
                problem.setText(ex.getMessage());
                problem.setVisible(true);
            }
        });
        save.setId("offer-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("offer-cancel");
        getFooter().add(cancel, save);
        setWidth("min(36rem, 95vw)");
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                if (existing == null) {
                    projectType.focus();
                } else {
                    contactName.focus();
                }
            }
        });
    }

    private static void show(HasValidation field, List<String> messages) {
        if (!messages.isEmpty()) {
            field.setErrorMessage(String.join(" ", messages.stream().map(TextDialog::sentence).toList()));
            field.setInvalid(true);
        }
    }
}
