package org.lessonsportal.portal.pairing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import org.lessonsportal.domain.pairing.HelpOfferService;
import org.lessonsportal.domain.pairing.HelpOfferView;
import org.lessonsportal.domain.pairing.PairingService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;

/**
 * "Help we offer" on an organisation's page: its offers of help, each with what it can give and whom to contact;
 * "Ask to be paired" for contributors of other organisations; "Offer help", "Change" and "Withdraw" for its
 * administrators.
 */
public class OrganisationHelpSection extends Div {

    private final HelpOfferService offers;
    private final PairingService pairings;
    private final Actor actor;
    private final Long organisationId;
    private final Runnable changed;

    /** @param changed runs after a request to pair was sent (the page shows it) */
    public OrganisationHelpSection(HelpOfferService offers, PairingService pairings, Actor actor,
            Long organisationId, Runnable changed) {
        this.offers = offers;
        this.pairings = pairings;
        this.actor = actor;
        this.organisationId = organisationId;
        this.changed = changed;
        setId("organisation-help");
        addClassName("organisation-section");
        fill();
    }

    private void fill() {
        removeAll();
        H2 heading = new H2("Help offered");
        heading.setId("organisation-help-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        add(heading);
        boolean administers = offers.mayOffer(actor, organisationId);
        List<HelpOfferView> offered = offers.offersOf(organisationId);
        if (offered.isEmpty()) {
            Paragraph none = new Paragraph(administers ? "Your organisation offers no help yet. If it has finished a "
                    + "kind of project, offer to talk others through it." : "This organisation offers no help yet.");
            none.setId("organisation-help-none");
            none.addClassName("hint");
            add(none);
        } else {
            add(new Paragraph("This organisation has done these kinds of project and can talk others through "
                    + "them."));
            UnorderedList list = new UnorderedList();
            list.setId("organisation-help-list");
            list.addClassName("item-list");
            offered.forEach(offer -> list.add(item(offer, administers)));
            add(list);
        }
        if (administers) {
            Button offer = new Button("Offer help", e -> new OfferHelpDialog(offers, actor, organisationId, null,
                    this::saved).open());
            offer.setId("offer-help");
            offer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div actions = new Div(offer);
            actions.addClassName("page-actions");
            add(actions);
        }
    }

    private ListItem item(HelpOfferView offer, boolean administers) {
        ListItem item = new ListItem();
        item.setId("organisation-offer-" + offer.id());
        item.add(new H3(offer.projectType().label()));
        item.add(new Paragraph("They can give: " + offer.whatWeOffer()));
        item.add(HelpOffersPanel.contact(offer));
        if (administers) {
            Button change = new Button("Change", e -> new OfferHelpDialog(offers, actor, organisationId, offer,
                    this::saved).open());
            change.setId("offer-change-" + offer.id());
            change.getElement().setAttribute("aria-label", "Change the offer of help with "
                    + offer.projectType().label());
            Button withdraw = new Button("Withdraw", e -> confirmWithdraw(offer));
            withdraw.setId("offer-withdraw-" + offer.id());
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            withdraw.getElement().setAttribute("aria-label", "Withdraw the offer of help with "
                    + offer.projectType().label());
            item.add(change, withdraw);
        } else {
            Button ask = PairingAsk.button(pairings, actor, offer, changed);
            if (ask != null) {
                item.add(ask);
            }
        }
        return item;
    }

    private void saved() {
        Notification.show("Saved: your organisation's offer of help shows on its page.", 5000,
                Notification.Position.TOP_CENTER);
        changed();
    }

    /**
     * Redraws the section after an offer was saved or withdrawn and puts the focus on its heading: the button that
     * opened the dialog went with the redraw, and the focus would otherwise fall back to the page's body.
     */
    private void changed() {
        fill();
        getChildren().findFirst().ifPresent(heading -> heading.getElement().callJsFunction("focus"));
    }

    /** Withdrawing an offer is asked once more: other organisations will no longer see it. */
    private void confirmWithdraw(HelpOfferView offer) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("offer-withdraw-dialog");
        confirm.setHeader("Withdraw the offer of help with " + offer.projectType().label() + "?");
        confirm.setText("Other organisations will no longer see it on \"Starting a project?\" and the playbook. "
                + "Pairings already agreed stay.");
        confirm.setCancelable(true);
        confirm.setCancelText("Cancel");
        confirm.setConfirmText("Withdraw the offer");
        confirm.addConfirmListener(e -> {
            try {
                offers.withdraw(actor, organisationId, offer.projectType());
                Notification.show("Your offer of help with " + offer.projectType().label() + " was withdrawn.",
                        5000, Notification.Position.TOP_CENTER);
            } catch (DomainException ex) {
                Notification.show(ex.getMessage(), 10000, Notification.Position.TOP_CENTER);
            }
            changed();
        });
        confirm.open();
    }
}
