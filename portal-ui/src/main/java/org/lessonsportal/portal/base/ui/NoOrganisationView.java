package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lessonsportal.identity.CurrentUserService;
import org.lessonsportal.identity.IdentityPaths;

/** For people who signed in with an account that belongs to no NHS organisation. */
@Route(value = IdentityPaths.NO_ORGANISATION, layout = MainLayout.class)
@PageTitle("Your account is not linked to an NHS organisation - Lessons Portal")
@PermitAll
class NoOrganisationView extends Div {

    NoOrganisationView(CurrentUserService currentUsers) {
        H1 title = new H1("Your account is not linked to an NHS organisation");
        title.setId("no-organisation");
        add(title);
        String name = currentUsers.current().map(u -> u.name()).orElse("You");
        add(new Paragraph(name + ", you have signed in, but your account does not belong to an NHS organisation yet. "
                + "Lessons Portal needs to know which organisation you work for, because lessons are shared and "
                + "reviewed between organisations."));
        Div ask = new Div();
        ask.addClassName("panel");
        ask.addClassName("panel--warning");
        ask.add(new H2("What to do"));
        ask.add(new UnorderedList(
                new ListItem("Ask your organisation's digital or informatics team, or the person who manages "
                        + "Lessons Portal accounts for your organisation, to add your account to your organisation."),
                new ListItem("Tell them the name you signed in with and your organisation's ODS code if you know it."),
                new ListItem("When they have done it, sign out and sign in again.")));
        add(ask);
    }
}
