package org.lessonsportal.portal.about.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.lessonsportal.portal.base.ui.AccessContact;
import org.lessonsportal.portal.base.ui.MainLayout;
import org.lessonsportal.portal.base.ui.OpenWithoutOrganisation;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.portal.base.ui.PortalSettings;

/** What personal information the portal keeps, why, who sees it, and the cookie it sets. */
@OpenWithoutOrganisation
@Route(value = PortalRoutes.PRIVACY, layout = MainLayout.class)
@PageTitle("Privacy notice - Lessons Portal")
@AnonymousAllowed
class PrivacyNoticeView extends AboutPage {

    PrivacyNoticeView(PortalSettings settings) {
        super("privacy-title", "Privacy notice");
        paragraph("This notice says what information about you Lessons Portal keeps when you use it, and why. The "
                + "organisation that runs this portal is responsible for that information.");
        section("What we keep");
        list("From your organisation's sign-in: your name, user name, work e-mail address, your organisation and "
                        + "your roles (contributor, reviewer, publisher, administrator).",
                "What you write: lessons, reviews, comments and reasons you give, with your name as their author.",
                "What you do to lessons: a record of who submitted, reviewed, published, sent back or withdrew "
                        + "each one, and when. This audit trail is kept for as long as the lesson is.",
                "Your notifications, the types of project and searches you follow, and the areas of expertise an "
                        + "administrator records so you can be asked to review.");
        section("Why we keep it");
        paragraph("To run peer review between NHS organisations: to know who wrote a lesson, to ask suitable people "
                + "from other organisations to review it, to tell you when something needs you, and to show "
                + "readers which organisation a published lesson came from and who to contact about it.");
        section("Who can see it");
        paragraph("Published lessons, with the author's organisation and the contact they give, can be read by "
                + "everyone signed in to the portal. Drafts and reviews are seen only by the people taking part "
                + "and by publishers. Your e-mail address is used to send notifications when e-mail is switched "
                + "on; it is not shown to other people.");
        section("Patient information");
        paragraph("Lessons must not contain patient-identifiable information. The portal checks text for things "
                + "like NHS numbers, dates of birth and addresses before a lesson can be submitted, and reviewers "
                + "and publishers check again before publication.");
        section("Cookies");
        paragraph("The portal sets one cookie that keeps you signed in while you use it. It is strictly necessary, "
                + "holds no personal information and is deleted when you close your browser. There are no "
                + "analytics or advertising cookies.");
        section("Your rights");
        paragraph("You can ask to see the information we hold about you, and ask for it to be corrected. Some "
                + "records, such as who reviewed a published lesson, are kept so that the review can be trusted.");
        add(AccessContact.sentence(settings, "To ask, "));
    }
}
