package org.lessonsportal.portal.about.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.lessonsportal.portal.base.ui.AccessContact;
import org.lessonsportal.portal.base.ui.MainLayout;
import org.lessonsportal.portal.base.ui.OpenWithoutOrganisation;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.portal.base.ui.PortalSettings;

/** How to use the portal: finding lessons, writing one, reviewing, publishing and being told. */
@OpenWithoutOrganisation
@Route(value = PortalRoutes.HELP, layout = MainLayout.class)
@PageTitle("Help - Lessons Portal")
@AnonymousAllowed
class HelpView extends AboutPage {

    HelpView(PortalSettings settings) {
        super("help-title", "Help using Lessons Portal");
        section("Getting access");
        paragraph("Sign in with the account your NHS organisation gave you. If you can sign in but are told your "
                + "account is not linked to an organisation, you can still read published lessons; ask your "
                + "administrator to link it, giving them the user name the page shows.");
        add(AccessContact.sentence(settings, "For an account, "));
        section("Finding lessons");
        list("Lessons: search in your own words and narrow the results by type of project, setting, region and "
                        + "year. Each result says why it matched.",
                "Starting a project?: describe what you are about to do and see lessons and contacts from "
                        + "organisations that have done it.",
                "Challenge playbook: the problems others met on a type of project, and how they resolved them.",
                "Following: follow a type of project or a search, and we tell you when a new lesson matches.");
        section("Writing a lesson");
        list("Choose \"New lesson\". What you type is saved as you go; you can leave and come back.",
                "Each field says how much it can hold. Nothing you type is cut off.",
                "Do not include patient-identifiable information. The portal points out anything that looks like "
                        + "it, next to the field, before you submit.",
                "Submit when it is ready. Reviewers from other organisations read it and may ask for changes. "
                        + "Then a publisher publishes it.");
        section("Reviewing");
        paragraph("When you are asked to review, it appears under \"My tasks\" and in your notifications. Say first "
                + "whether you have a competing interest. Then approve, ask for changes or recommend declining, "
                + "with comments next to the sections they are about.");
        section("Notifications");
        paragraph("The bell at the top shows how many notifications still need you. Opening one marks it read; a "
                + "request is marked done by itself once the work is done, by you or by someone else.");
        section("Using the keyboard");
        paragraph("Press Tab to move between links, buttons and fields, and Enter to follow or press them. The first "
                + "Tab on a page reaches \"Skip to main content\", which jumps past the header and menu.");
    }
}
