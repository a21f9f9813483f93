package org.lessonsportal.portal.organisation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lessonsportal.identity.CurrentUser;
import org.lessonsportal.identity.CurrentUserService;
import org.lessonsportal.domain.organisation.JoinRequestService;
import org.lessonsportal.identity.IdentityPaths;
import org.lessonsportal.portal.base.ui.AccessContact;
import org.lessonsportal.portal.base.ui.MainLayout;
import org.lessonsportal.portal.base.ui.OpenWithoutOrganisation;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.portal.base.ui.PortalSettings;

/**
 * For people who signed in with an account that belongs to no NHS organisation: what they can do meanwhile, the
 * organisation step ({@link JoinOrganisationStep}: ask to join, an administrator of the organisation confirms;
 * docs/adr/0049), and who else can help.
 */
@OpenWithoutOrganisation
@Route(value = IdentityPaths.NO_ORGANISATION, layout = MainLayout.class)
@PageTitle("Your account is not linked to an NHS organisation - Lessons Portal")
@PermitAll
class NoOrganisationView extends Div {

    NoOrganisationView(CurrentUserService currentUsers, PortalSettings settings, JoinRequestService joinRequests) {
        H1 title = new H1("Your account is not linked to an NHS organisation");
        title.setId("no-organisation");
        add(title);
        CurrentUser user = currentUsers.current().orElse(null);
        String name = user == null ? "You" : user.name();
        add(new Paragraph(name + ", you have signed in, but your account does not belong to an NHS organisation yet. "
                + "Lessons Portal needs to know which organisation you work for before you write or review lessons, "
                + "because lessons are shared and reviewed between organisations."));
        currentUsers.unknownOrganisationCode().ifPresent(code -> {
            Paragraph unknown = new Paragraph("You signed in for the organisation with ODS code " + code + ", which "
                    + "is not on Lessons Portal yet. Ask the person who manages Lessons Portal accounts for your "
                    + "organisation to have it added, and give them that code.");
            unknown.setId("no-organisation-unknown-code");
            add(unknown);
        });
        Paragraph read = new Paragraph(new Span("Until then you can still "),
                new Anchor(PortalRoutes.SEARCH, "search and read published lessons"), new Span(" and "),
                new Anchor(PortalRoutes.PLAYBOOK, "the challenge playbook"), new Span("."));
        read.setId("no-organisation-read");
        add(read);
        if (user != null && currentUsers.unknownOrganisationCode().isEmpty()) {
            // a smartcard (CIS2) sign-in names its organisation: its memberships come from CIS2 roles, not this step
            add(new JoinOrganisationStep(joinRequests, user.actor()));
        }
        Div ask = new Div();
        ask.addClassName("panel");
        ask.addClassName("panel--warning");
        ask.add(new H2("What to do"));
        ask.add(new UnorderedList(
                new ListItem("If your organisation is not in the list, ask your organisation's digital or "
                        + "informatics team, or the person who manages Lessons Portal accounts for your "
                        + "organisation, to add your account to your organisation."),
                tellThem(user),
                new ListItem("When they have done it, sign out and sign in again.")));
        ask.add(AccessContact.sentence(settings, "If you do not know who that is, "));
        add(ask);
    }

    /** The exact user name to give the administrator, so they find the right account. */
    private static ListItem tellThem(CurrentUser user) {
        if (user == null) {
            return new ListItem("Tell them the name you signed in with and your organisation's ODS code if you know "
                    + "it.");
        }
        Span username = new Span(user.username());
        username.setId("no-organisation-username");
        username.addClassName("code");
        return new ListItem(new Span("Tell them your user name, "), username, new Span(", and your organisation's "
                + "ODS code if you know it."));
    }
}
