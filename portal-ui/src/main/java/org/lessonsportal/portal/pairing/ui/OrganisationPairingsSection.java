package org.lessonsportal.portal.pairing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.Set;
import org.lessonsportal.domain.pairing.HelpPolicy.Action;
import org.lessonsportal.domain.pairing.PairingService;
import org.lessonsportal.domain.pairing.PairingState;
import org.lessonsportal.domain.pairing.PairingView;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.portal.base.ui.Formats;
import org.lessonsportal.portal.base.ui.PortalRoutes;

/**
 * "Pairings" on an organisation's page: the organisations it is paired with (either side), which everyone sees, and
 * for the people of the organisation its requests, made and received: the administrators accept or decline those
 * waiting for its answer; either side ends a pairing; the person who asked withdraws a request still waiting.
 */
public class OrganisationPairingsSection extends Div {

    private final PairingService pairings;
    private final Actor actor;
    private final Long organisationId;

    public OrganisationPairingsSection(PairingService pairings, Actor actor, Long organisationId) {
        this.pairings = pairings;
        this.actor = actor;
        this.organisationId = organisationId;
        setId("organisation-pairings");
        addClassName("organisation-section");
        fill();
    }

    /** Shows the pairings and requests again (after a change). */
    public void fill() {
        removeAll();
        H2 heading = new H2("Pairings");
        heading.setId("organisation-pairings-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        add(heading);
        List<PairingView> paired = pairings.pairingsOf(organisationId);
        if (paired.isEmpty()) {
            Paragraph none = new Paragraph("Not paired with any organisation at the moment.");
            none.setId("organisation-pairings-none");
            none.addClassName("hint");
            add(none);
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("organisation-pairings-list");
            list.addClassName("item-list");
            paired.forEach(p -> list.add(pairing(p)));
            add(list);
        }
        List<PairingView> requests = pairings.requestsOf(organisationId, actor);
        if (!requests.isEmpty()) {
            add(new H3("Requests to pair"));
            UnorderedList list = new UnorderedList();
            list.setId("organisation-requests-list");
            list.addClassName("item-list");
            requests.stream().filter(PairingView::isWaiting).forEach(p -> list.add(request(p)));
            requests.stream().filter(p -> !p.isWaiting()).forEach(p -> list.add(request(p)));
            add(list);
        }
    }

    private ListItem pairing(PairingView pairing) {
        ListItem item = new ListItem();
        item.setId("pairing-" + pairing.id());
        boolean helping = pairing.offeringOrganisationId().equals(organisationId);
        String other = helping ? pairing.askingOrganisation() : pairing.offeringOrganisation();
        String otherCode = helping ? pairing.askingOdsCode() : pairing.offeringOdsCode();
        Paragraph text = new Paragraph(new Span(helping ? "Helping " : "Helped by "),
                new Anchor(PortalRoutes.organisation(otherCode), other),
                new Span(" with " + pairing.projectType().label() + ", since "
                        + Formats.date(pairing.answeredAt()) + "."));
        text.setId("pairing-text-" + pairing.id());
        item.add(text);
        actions(item, pairing);
        return item;
    }

    private ListItem request(PairingView request) {
        ListItem item = new ListItem();
        item.setId("pairing-request-" + request.id());
        boolean received = request.offeringOrganisationId().equals(organisationId);
        String heading = received ? request.askingOrganisation() + " asks for help with "
                + request.projectType().label() : "Asked " + request.offeringOrganisation() + " for help with "
                + request.projectType().label();
        item.add(new H3(heading));
        Paragraph state = new Paragraph(request.state().label() + (request.isWaiting() ? ": answer by "
                + Formats.date(request.replyBy()) : "") + ". Asked by " + request.askedByName() + " on "
                + Formats.date(request.askedAt()) + ".");
        state.setId("pairing-state-" + request.id());
        item.add(state);
        item.add(new Paragraph("Message: " + request.message()));
        if (request.state() == PairingState.DECLINED && request.reason() != null) {
            item.add(new Paragraph("Reason for declining: " + request.reason()));
        }
        actions(item, request);
        return item;
    }

    private void actions(ListItem item, PairingView pairing) {
        Set<Action> allowed = pairings.allowedActions(pairing, actor);
        Div actions = new Div();
        actions.addClassName("page-actions");
        if (allowed.contains(Action.ANSWER_PAIRING)) {
            Button accept = new Button("Accept", e -> run(() -> pairings.accept(actor, pairing.id()),
                    "Accepted: you are paired with " + pairing.askingOrganisation() + ". They have been told."));
            accept.setId("pairing-accept-" + pairing.id());
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            accept.getElement().setAttribute("aria-label", "Accept the request of " + pairing.askingOrganisation());
            Button decline = new Button("Decline", e -> decline(pairing));
            decline.setId("pairing-decline-" + pairing.id());
            decline.getElement().setAttribute("aria-label", "Decline the request of "
                    + pairing.askingOrganisation());
            actions.add(accept, decline);
        }
        if (allowed.contains(Action.END_PAIRING)) {
            boolean waiting = pairing.isWaiting();
            Button end = new Button(waiting ? "Withdraw request" : "End pairing", e -> confirmEnd(pairing));
            end.setId("pairing-end-" + pairing.id());
            end.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            end.getElement().setAttribute("aria-label", (waiting ? "Withdraw the request to pair with "
                    : "End the pairing of ") + pairing.offeringOrganisation() + " and " + pairing.askingOrganisation());
            actions.add(end);
        }
        if (actions.getComponentCount() > 0) {
            item.add(actions);
        }
    }

    private void decline(PairingView pairing) {
        new TextDialog("pairing-decline-dialog", "Decline the request of " + pairing.askingOrganisation(),
                pairing.askedByName() + " will be told. A reason helps them, but you need not give one.",
                "Reason (optional)", "For example \"Our team is busy until April; ask us again then.\"",
                PairingService.REASON_MAX, "Decline", reason -> {
                    pairings.decline(actor, pairing.id(), reason);
                    Notification.show("Declined. " + pairing.askingOrganisation() + " has been told.", 5000,
                            Notification.Position.TOP_CENTER);
                    changed();
                }).open();
    }

    private void confirmEnd(PairingView pairing) {
        boolean waiting = pairing.isWaiting();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("pairing-end-dialog");
        confirm.setHeader(waiting ? "Withdraw this request?" : "End this pairing?");
        confirm.setText(waiting ? "The other organisation will no longer be asked."
                : "Both organisations' pages will stop showing it, and the other organisation will be told.");
        confirm.setCancelable(true);
        confirm.setCancelText("Cancel");
        confirm.setConfirmText(waiting ? "Withdraw request" : "End pairing");
        confirm.addConfirmListener(e -> run(() -> pairings.end(actor, pairing.id()), waiting
                ? "Your request was withdrawn." : "The pairing has ended. The other organisation has been told."));
        confirm.open();
    }

    private void run(Runnable change, String done) {
        try {
            change.run();
            Notification.show(done, 6000, Notification.Position.TOP_CENTER);
        } catch (DomainException e) {
            Notification.show(e.getMessage(), 10000, Notification.Position.TOP_CENTER);
        }
        changed();
    }

    /**
     * Redraws the section after an answer, an end or a withdrawal and puts the focus on its heading: the button
     * pressed went with the redraw, and the focus would otherwise fall back to the page's body.
     */
    private void changed() {
        fill();
        getChildren().findFirst().ifPresent(heading -> heading.getElement().callJsFunction("focus"));
    }
}
