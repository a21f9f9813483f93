package org.lessonsportal.portal.pairing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.lessonsportal.domain.pairing.HelpOfferService;
import org.lessonsportal.domain.pairing.HelpOfferView;
import org.lessonsportal.domain.pairing.PairingService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.portal.base.ui.ContactLinks;
import org.lessonsportal.portal.base.ui.PortalRoutes;

/**
 * "Organisations that can help": the organisations offering help with a type of project, nearest to the person's
 * organisation first (same integrated care board, then region), each with what it can give, whom to contact and
 * "Ask to be paired". Shown on "Starting a project?" and the challenge playbook once a type is chosen.
 */
public class HelpOffersPanel extends Div {

    private final HelpOfferService offers;
    private final PairingService pairings;
    private final Actor actor;
    private ProjectType shown;

    public HelpOffersPanel(HelpOfferService offers, PairingService pairings, Actor actor) {
        this.offers = offers;
        this.pairings = pairings;
        this.actor = actor;
        setId("help-offers");
        addClassNames("panel", "help-offers");
        setVisible(false);
    }

    /** Shows the offers for the type; hides the panel when no type is chosen. */
    public void show(ProjectType type) {
        shown = type;
        removeAll();
        setVisible(type != null);
        if (type == null) {
            return;
        }
        H2 heading = new H2("Organisations that can help with " + type.label());
        heading.setId("help-offers-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        add(heading);
        List<HelpOfferView> found = offers.offersFor(type, actor);
        if (found.isEmpty()) {
            Paragraph none = new Paragraph("No organisation offers help with this type of project yet. If yours has "
                    + "done one, its administrators can offer help on your organisation's page.");
            none.setId("help-offers-none");
            none.addClassName("hint");
            add(none);
            return;
        }
        add(new Paragraph("They have done this kind of project and can talk you through it. Those nearest you come "
                + "first."));
        UnorderedList list = new UnorderedList();
        list.setId("help-offers-list");
        list.addClassName("item-list");
        for (HelpOfferView offer : found) {
            list.add(item(offer));
        }
        add(list);
    }

    /**
     * Shows the offers again after a request to pair was sent, with the focus on the panel's heading: the button
     * pressed went with the redraw, and the focus would otherwise fall back to the page's body.
     */
    private void asked() {
        show(shown);
        getChildren().findFirst().ifPresent(heading -> heading.getElement().callJsFunction("focus"));
    }

    private ListItem item(HelpOfferView offer) {
        ListItem item = new ListItem();
        item.setId("help-offer-" + offer.id());
        item.addClassName("help-offer");
        H3 name = new H3(new Anchor(PortalRoutes.organisation(offer.odsCode()), offer.organisation()));
        item.add(name);
        if (offer.region() != null) {
            item.add(new Paragraph("Region: " + offer.region().label()));
        }
        item.add(new Paragraph("They can give: " + offer.whatWeOffer()));
        item.add(contact(offer));
        Button ask = PairingAsk.button(pairings, actor, offer, this::asked);
        if (ask != null) {
            item.add(ask);
        }
        return item;
    }

    /** "Contact: EPR programme office, epr@example.nhs.uk" with the address as a link. */
    static Paragraph contact(HelpOfferView offer) {
        Paragraph contact = new Paragraph(new Span("Contact: " + offer.contactName() + ", "));
        contact.addClassName("help-offer__contact");
        if (ContactLinks.isUsable(offer.contactEmail())) {
            Anchor mail = new Anchor("mailto:" + offer.contactEmail(), offer.contactEmail());
            mail.addClassName("contact-link");
            contact.add(mail);
        } else {
            contact.add(new Span(offer.contactEmail()));
        }
        return contact;
    }
}
