package org.lessonsportal.portal.about.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.lessonsportal.portal.base.ui.AccessContact;
import org.lessonsportal.portal.base.ui.MainLayout;
import org.lessonsportal.portal.base.ui.OpenWithoutOrganisation;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.portal.base.ui.PortalSettings;

/** The accessibility statement public sector websites must publish: what we aim for, what we know, who to tell. */
@OpenWithoutOrganisation
@Route(value = PortalRoutes.ACCESSIBILITY, layout = MainLayout.class)
@PageTitle("Accessibility statement - Lessons Portal")
@AnonymousAllowed
class AccessibilityStatementView extends AboutPage {

    AccessibilityStatementView(PortalSettings settings) {
        super("accessibility-title", "Accessibility statement");
        paragraph("We want as many people as possible to be able to use Lessons Portal. You should be able to:");
        list("use it with a keyboard alone, with a visible focus at every stop and a \"Skip to main content\" link",
                "use it with a screen reader: pages have headings, form fields have labels, errors are listed at "
                        + "the top of a form and shown next to the field",
                "zoom in to 400% and use it on a phone, with the menu folded behind a \"Menu\" button",
                "read every text with enough contrast, and tell states apart by words, not colour alone");
        section("How accessible this service is");
        paragraph("We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. We check "
                + "every page with automated accessibility tests (axe) on wide and narrow screens, with pages "
                + "that hold real content as well as empty ones, and we test writing and submitting a lesson with "
                + "the keyboard alone.");
        paragraph("Automated tests find only some problems. The service has not yet had an independent accessibility "
                + "audit or been tested with disabled users, so there may be problems we do not know about.");
        section("Reporting a problem");
        paragraph("If you find a part of the portal you cannot use, or need information in a different format, tell "
                + "us what you were trying to do and which page you were on.");
        add(AccessContact.sentence(settings, "To report it, "));
        section("Enforcement");
        paragraph("The Equality and Human Rights Commission is responsible for enforcing the accessibility "
                + "regulations. If you are not happy with how we respond to your complaint, contact the Equality "
                + "Advisory and Support Service (EASS).");
    }
}
