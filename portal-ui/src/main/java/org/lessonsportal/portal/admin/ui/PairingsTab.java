package org.lessonsportal.portal.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.lessonsportal.domain.pairing.PairingService;
import org.lessonsportal.domain.pairing.PairingView;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.identity.CurrentUserService;
import org.lessonsportal.portal.base.ui.Formats;
import org.lessonsportal.portal.base.ui.PortalRoutes;

/**
 * Every request to pair and pairing (exemplar pairing, issue 16), newest first, whatever its state, for
 * administrators: who asked whom about what, the message, and how and when it was answered or ended. Nothing is
 * decided here: each organisation's administrators answer on its page.
 */
@Route(value = AdminLayout.PAIRINGS, layout = AdminLayout.class)
@PageTitle("Pairings - Administration - Lessons Portal")
@RolesAllowed(Roles.ADMIN)
class PairingsTab extends Div {

    /** How many the tab shows at first, and how many more each "Show more" adds. */
    static final int PAGE = 50;

    private final PairingService pairings;
    private final Actor admin;
    final Paragraph summary = new Paragraph();
    final UnorderedList list = new UnorderedList();
    final Button more = new Button("Show more");
    private int shown;

    PairingsTab(PairingService pairings, CurrentUserService currentUsers) {
        this.pairings = pairings;
        this.admin = currentUsers.require().actor();
        setId("admin-pairings");
        add(new Paragraph("Organisations offer help with types of project they have finished, and others ask to be "
                + "paired with them. The offering organisation's administrators accept or decline on its page; a "
                + "request nobody answers by its deadline lapses. Every request and pairing is listed here, newest "
                + "first."));
        summary.setId("pairings-summary");
        list.setId("pairing-list");
        list.addClassName("item-list");
        more.setId("pairings-more");
        more.addClickListener(e -> showMore());
        add(summary, list, more);
        showMore();
    }

    private void showMore() {
        List<PairingView> page = pairings.all(admin, shown, PAGE);
        page.forEach(p -> list.add(card(p)));
        shown += page.size();
        long total = pairings.count(admin);
        summary.setText(total == 0 ? "No organisation has asked to be paired yet."
                : "Showing " + shown + " of " + total + (total == 1 ? " request or pairing." : " requests and "
                        + "pairings."));
        more.setVisible(shown < total);
    }

    private static ListItem card(PairingView p) {
        ListItem item = new ListItem();
        item.setId("admin-pairing-" + p.id());
        item.add(new H3(new Anchor(PortalRoutes.organisation(p.askingOdsCode()), p.askingOrganisation()),
                new Span(" asked "),
                new Anchor(PortalRoutes.organisation(p.offeringOdsCode()), p.offeringOrganisation()),
                new Span(" about " + p.projectType().label())));
        List<String> facts = new ArrayList<>();
        facts.add(p.state().label() + ".");
        facts.add("Asked by " + p.askedByName() + " on " + Formats.date(p.askedAt()) + ".");
        if (p.isWaiting()) {
            facts.add("Answer due by " + Formats.date(p.replyBy()) + ".");
        }
        if (p.answeredAt() != null) {
            facts.add((p.answeredByName() == null ? "Closed" : "Answered by " + p.answeredByName()) + " on "
                    + Formats.date(p.answeredAt()) + ".");
        }
        if (p.endedAt() != null) {
            facts.add("Ended by " + p.endedByName() + " on " + Formats.date(p.endedAt()) + ".");
        }
        Paragraph state = new Paragraph(String.join(" ", facts));
        state.setId("admin-pairing-state-" + p.id());
        item.add(state, new Paragraph("Message: " + p.message()));
        if (p.reason() != null) {
            item.add(new Paragraph("Reason for declining: " + p.reason()));
        }
        return item;
    }
}
