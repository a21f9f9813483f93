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
import java.util.Locale;
import java.util.Map;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.identity.CurrentUserService;
import org.lessonsportal.identity.IdentityPaths;

/**
 * The public front page: what the portal is for, how many lessons of what kinds it holds, how to get access, and a
 * way in. Signed-in people go on to their home page.
 */
@OpenWithoutOrganisation
@Route(value = "", layout = MainLayout.class)
@PageTitle("Learn from NHS projects others have finished - Lessons Portal")
@AnonymousAllowed
class LandingView extends Div implements BeforeEnterObserver {

    private final CurrentUserService currentUsers;
    private final LessonService lessons;
    private final Div whatIsHere = new Div();

    LandingView(CurrentUserService currentUsers, LessonService lessons, PortalSettings settings) {
        this.currentUsers = currentUsers;
        this.lessons = lessons;
        H1 title = new H1("Learn from NHS projects others have finished");
        title.setId("landing-title");
        add(title);
        add(Lede.of("Lessons Portal is where NHS organisations share what they learned from digital "
                + "projects they have finished, so the next trust, practice or integrated care board does not start "
                + "the same project from scratch."));

        add(new H2("What you can do here"));
        UnorderedList can = new UnorderedList(
                new ListItem("Share a lesson from a finished project: the context, what you did, the outcomes, the "
                        + "challenges you met and how you resolved them."),
                new ListItem("Have it peer reviewed by colleagues from other NHS organisations before it is published."),
                new ListItem("Find lessons from projects like yours - removing fax machines, going paperless, "
                        + "electronic patient records, e-prescribing, shared care records - before you start."));
        add(can);
        whatIsHere.setId("landing-lessons");
        add(whatIsHere);

        Div signIn = new Div();
        signIn.addClassName("panel");
        signIn.addClassName("panel--care");
        signIn.add(new H2("Sign in with your organisation account"));
        signIn.add(new Paragraph("Lessons Portal is for staff of NHS organisations. You need an account linked to "
                + "your organisation."));
        signIn.add(AccessContact.sentence(settings, "If you do not have one, "));
        Anchor button = new Anchor(IdentityPaths.SIGN_IN, "Sign in");
        button.addClassName("button-link");
        button.setId("landing-sign-in");
        button.getElement().setAttribute("router-ignore", true);
        signIn.add(button);
        add(signIn);
    }

    /** How many lessons there are, and of what kinds, so a visitor knows whether it is worth signing in. */
    private void showWhatIsHere(Map<ProjectType, Long> published) {
        Div section = whatIsHere;
        section.removeAll();
        section.add(new H2("What is in the portal"));
        long total = published.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            section.add(new Paragraph("No lessons have been published yet. The first ones are being written and "
                    + "reviewed now."));
            return;
        }
        section.add(new Paragraph((total == 1 ? "1 lesson has" : String.format(Locale.UK, "%,d lessons have", total))
                + " been published" + (published.size() > 1 ? ", about " + published.size() + " types of project:"
                : ":")));
        UnorderedList kinds = new UnorderedList();
        kinds.setId("landing-project-types");
        published.forEach((type, count) -> kinds.add(new ListItem(type.label() + ": "
                + (count == 1 ? "1 lesson" : String.format(Locale.UK, "%,d lessons", count)))));
        section.add(kinds);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUsers.current().isPresent()) {
            event.forwardTo(PortalRoutes.HOME);
        } else {
            showWhatIsHere(lessons.publishedByProjectType());
        }
    }
}
