package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.lessonsportal.identity.IdentityPaths;

/** Sign-in started but did not complete (for example the page was left open too long). */
@OpenWithoutOrganisation
@Route(value = IdentityPaths.SIGN_IN_FAILED, layout = MainLayout.class)
@PageTitle("You have not been signed in - Lessons Portal")
@AnonymousAllowed
class SignInFailedView extends Div {

    SignInFailedView() {
        add(new H1("You have not been signed in"));
        add(new Paragraph("Signing in did not finish. This can happen if the sign-in page was open for a long time "
                + "or was opened in another tab. Please try again."));
        Anchor retry = new Anchor(IdentityPaths.SIGN_IN, "Sign in");
        retry.addClassName("button-link");
        retry.getElement().setAttribute("router-ignore", true);
        add(retry);
    }
}
