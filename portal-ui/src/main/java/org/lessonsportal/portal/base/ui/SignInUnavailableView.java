package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.lessonsportal.identity.IdentityPaths;

/** Shown instead of a browser error when the identity provider (Keycloak) does not answer. */
@OpenWithoutOrganisation
@Route(value = IdentityPaths.SIGN_IN_UNAVAILABLE, layout = MainLayout.class)
@PageTitle("Sign-in is unavailable right now - Lessons Portal")
@AnonymousAllowed
class SignInUnavailableView extends Div {

    SignInUnavailableView() {
        H1 title = new H1("Sign-in is unavailable right now");
        title.setId("sign-in-unavailable");
        add(title);
        add(new Paragraph("We cannot reach the service that checks your organisation account at the moment. "
                + "Nothing is wrong with your account. Please try again shortly."));
        add(new Paragraph("If this goes on for more than an hour, tell your organisation's IT service desk."));
        Anchor retry = new Anchor(IdentityPaths.SIGN_IN, "Try signing in again");
        retry.addClassName("button-link");
        retry.getElement().setAttribute("router-ignore", true);
        add(retry);
    }
}
