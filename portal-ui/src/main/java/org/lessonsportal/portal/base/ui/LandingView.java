package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.lessonsportal.identity.CurrentUserService;
import org.lessonsportal.identity.IdentityPaths;

/** The public front page: what the portal is for, and a way in. Signed-in people go on to their home page. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Learn from NHS projects others have finished - Lessons Portal")
@AnonymousAllowed
class LandingView extends Div implements BeforeEnterObserver {

    private final CurrentUserService currentUsers;

    LandingView(CurrentUserService currentUsers) {
        this.currentUsers = currentUsers;
        add(new H1("Learn from NHS projects others have finished"));
        Paragraph lede = new Paragraph("Lessons Portal is where NHS organisations share what they learned from digital "
                + "projects they have finished, so the next trust, practice or integrated care board does not start "
                + "the same project from scratch.");
        lede.addClassName("lede");
        add(lede);

        add(new H2("What you can do here"));
        UnorderedList can = new UnorderedList(
                new ListItem("Share a lesson from a finished project: the context, what you did, the outcomes, the "
                        + "challenges you met and how you resolved them."),
                new ListItem("Have it peer reviewed by colleagues from other NHS organisations before it is published."),
                new ListItem("Find lessons from projects like yours - removing fax machines, going paperless, "
                        + "electronic patient records, e-prescribing, shared care records - before you start."));
        add(can);

        Div signIn = new Div();
        signIn.addClassName("panel");
        signIn.addClassName("panel--care");
        signIn.add(new H2("Sign in with your organisation account"));
        signIn.add(new Paragraph("You need an account from your NHS organisation. If you do not have one, ask your "
                + "organisation's digital or informatics team."));
        Anchor button = new Anchor(IdentityPaths.SIGN_IN, "Sign in");
        button.addClassName("button-link");
        button.setId("landing-sign-in");
        button.getElement().setAttribute("router-ignore", true);
        signIn.add(button);
        add(signIn);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUsers.current().isPresent()) {
            event.forwardTo(HomeView.class);
        }
    }
}
