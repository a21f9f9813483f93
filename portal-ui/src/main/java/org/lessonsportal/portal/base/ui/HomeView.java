package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lessonsportal.identity.CurrentUser;
import org.lessonsportal.identity.CurrentUserService;

/** A signed-in person's starting point. */
@Route(value = "home", layout = MainLayout.class)
@PageTitle("Home - Lessons Portal")
@PermitAll
class HomeView extends Div {

    HomeView(CurrentUserService currentUsers) {
        CurrentUser user = currentUsers.require();
        H1 title = new H1("Welcome, " + user.name());
        title.setId("home-title");
        add(title);
        if (user.hasOrganisation()) {
            add(new Paragraph("You are signed in for " + user.active().displayName() + " as "
                    + user.rolesInPlainWords().toLowerCase(java.util.Locale.UK) + "."));
        }
        Div next = new Div();
        next.addClassName("panel");
        next.add(new H2("Your lessons"));
        next.add(new Paragraph("You have no lessons yet. When you finish a project, share what you learned so the "
                + "next organisation can start from where you ended."));
        add(next);
    }
}
