package org.lessonsportal.portal.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lessonsportal.domain.organisation.JoinRequestState;
import org.lessonsportal.domain.organisation.JoinRequestView;
import org.lessonsportal.domain.organisation.JoinRequestService;
import org.lessonsportal.domain.organisation.OrganisationChoice;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.portal.base.ui.CharacterCount;
import org.lessonsportal.portal.base.ui.ErrorSummary;
import org.lessonsportal.portal.base.ui.ErrorSummary.Problem;
import org.lessonsportal.portal.base.ui.Formats;

/**
 * The organisation step (docs/adr/0049): the person picks their organisation (one the portal knows or one the ODS
 * reference data lists) and says what they do there; an administrator of it confirms. While the request waits, it
 * says so and offers to withdraw it or ask for another; a declined request shows the reason. What the person typed
 * stays when the request is refused.
 */
class JoinOrganisationStep extends Div {

    private final JoinRequestService joinRequests;
    private final Actor actor;
    final ComboBox<OrganisationChoice> organisation = new ComboBox<>("Your organisation");
    final TextArea note = new TextArea("What you do there (optional)");
    final ErrorSummary errors = new ErrorSummary();
    final Div status = new Div();
    final Div form = new Div();

    JoinOrganisationStep(JoinRequestService joinRequests, Actor actor) {
        this.joinRequests = joinRequests;
        this.actor = actor;
        setId("join-organisation");
        addClassName("panel");
        add(new H2("Ask to join your organisation"));
        status.setId("join-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("tabindex", "-1");
        add(status, form);
        buildForm();
        show(joinRequests.latest(actor));
    }

    private void buildForm() {
        form.add(new Paragraph("Choose the NHS organisation you work for. We will ask an administrator of that "
                + "organisation to confirm that you work there. You only need to do this once."));
        organisation.setId("join-organisation-choice");
        organisation.setHelperText("Type part of its name or its ODS code, for example Northshire or ZZ1.");
        organisation.setItemLabelGenerator(OrganisationChoice::label);
        organisation.setItems(query -> joinRequests.organisationsToJoin(query.getFilter().orElse(""),
                query.getOffset(), query.getLimit()).stream());
        organisation.setRequiredIndicatorVisible(true);
        organisation.setManualValidation(true);
        organisation.setWidth("min(36rem, 100%)");
        note.setId("join-organisation-note");
        CharacterCount.show(note, JoinRequestService.NOTE_MAX, "Your job or team helps the administrator know it is you, "
                + "for example \"Digital lead, outpatients\".");
        note.setManualValidation(true);
        note.setWidth("min(36rem, 100%)");
        Button ask = new Button("Ask to join", e -> ask());
        ask.setId("join-organisation-ask");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(errors, organisation, note, ask);
    }

    private void ask() {
        organisation.setInvalid(false);
        note.setInvalid(false);
        try {
            String code = organisation.getValue() == null ? null : organisation.getValue().odsCode();
            JoinRequestView asked = joinRequests.ask(actor, code, note.getValue());
            errors.hide();
            show(Optional.of(asked));
            status.getElement().callJsFunction("focus");
        } catch (ValidationException e) {
            List<Problem> problems = new ArrayList<>();
            mark(e, "organisation", organisation, problems);
            mark(e, "note", note, problems);
            errors.show(null, problems);
        } catch (DomainException e) {
            errors.show(null, List.of(new Problem(e.getMessage(), null, null)));
        }
    }

    private static void mark(ValidationException e, String field, HasValidation target,
            List<Problem> problems) {
        for (String message : e.messagesFor(field)) {
            String sentence = Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
            target.setErrorMessage(sentence);
            target.setInvalid(true);
            problems.add(new Problem(sentence, (Component) target, null));
        }
    }

    /**
     * Shows where the latest request stands; the form shows unless one waits. (A person whose request was confirmed
     * and who is still here has not signed in again, or was taken out of the organisation since: they may ask again.)
     */
    private void show(Optional<JoinRequestView> latest) {
        status.removeAll();
        JoinRequestView request = latest.orElse(null);
        JoinRequestState state = request == null ? null : request.state();
        form.setVisible(state != JoinRequestState.WAITING);
        if (state == JoinRequestState.WAITING) {
            Paragraph waiting = new Paragraph("You asked to join " + request.organisation() + " on "
                    + Formats.date(request.requestedAt()) + ". An administrator of " + request.organisationName()
                    + " will confirm that you work there. When they have, sign out and sign in again.");
            waiting.setId("join-waiting");
            Button other = new Button("Ask for another organisation", e -> {
                form.setVisible(true);
                organisation.focus();
            });
            other.setId("join-other");
            Button withdraw = new Button("Withdraw your request", e -> {
                boolean withdrawn = joinRequests.withdraw(actor);
                Notification.show(withdrawn ? "Your request was withdrawn." : "Your request had already been "
                        + "decided: see below.", 5000, Notification.Position.TOP_CENTER);
                show(joinRequests.latest(actor));
                status.getElement().callJsFunction("focus");
            });
            withdraw.setId("join-withdraw");
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            status.add(waiting, other, withdraw);
        } else if (state == JoinRequestState.DECLINED) {
            Paragraph declined = new Paragraph("Your request to join " + request.organisation() + " was declined"
                    + (request.decidedByName() == null ? "" : " by " + request.decidedByName()) + ": "
                    + request.reason() + " You can ask again below.");
            declined.setId("join-declined");
            status.add(declined);
        } else if (state == JoinRequestState.CONFIRMED) {
            Paragraph confirmed = new Paragraph("Your request to join " + request.organisation() + " was "
                    + "confirmed. Sign out and sign in again to start writing and reviewing lessons. If you have "
                    + "already signed in again and still see this page, ask again below.");
            confirmed.setId("join-confirmed");
            status.add(confirmed);
        }
    }
}
