package org.lessonsportal.portal.pairing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import org.lessonsportal.domain.pairing.HelpFacts;
import org.lessonsportal.domain.pairing.HelpOfferView;
import org.lessonsportal.domain.pairing.HelpPolicy;
import org.lessonsportal.domain.pairing.PairingService;
import org.lessonsportal.domain.pairing.PairingView;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.portal.base.ui.Formats;

/** "Ask to be paired" with an organisation about the type of project it offers help with. */
final class PairingAsk {

    private PairingAsk() {
    }

    /** The button, or {@code null} when the person may not ask this organisation. */
    static Button button(PairingService pairings, Actor actor, HelpOfferView offer, Runnable afterwards) {
        if (!HelpPolicy.allows(actor, HelpPolicy.Action.ASK_FOR_PAIRING, HelpFacts.organisation(
                offer.organisationId()))) {
            return null;
        }
        Button ask = new Button("Ask to be paired", e -> open(pairings, actor, offer, afterwards));
        ask.setId("ask-pairing-" + offer.id());
        ask.getElement().setAttribute("aria-label", "Ask " + offer.organisationName() + " to be paired for "
                + offer.projectType().label());
        return ask;
    }

    private static void open(PairingService pairings, Actor actor, HelpOfferView offer, Runnable afterwards) {
        TextDialog dialog = new TextDialog("ask-pairing-dialog", "Ask " + offer.organisationName() + " to pair with "
                + "you", "Their administrators will accept or decline. If they do not answer in time, the request "
                + "lapses and we tell you. Once paired, both organisations' pages show it.", "Your message",
                "Say what your project is and what you would like to talk about. No patient details.",
                PairingService.MESSAGE_MAX, "Send request", message -> {
                    PairingView asked = pairings.ask(actor, offer.organisationId(), offer.projectType(), message);
                    Notification.show("Sent. " + offer.organisationName() + " has until "
                            + Formats.date(asked.replyBy()) + " to answer; we will tell you.", 8000,
                            Notification.Position.TOP_CENTER);
                    afterwards.run();
                });
        dialog.open();
    }
}
