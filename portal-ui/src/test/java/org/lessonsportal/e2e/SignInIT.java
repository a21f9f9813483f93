package org.lessonsportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.organisation.MemberView;
import org.lessonsportal.e2e.pages.KeycloakLoginPage;
import org.lessonsportal.e2e.pages.LandingPage;
import org.lessonsportal.e2e.pages.NoOrganisationPage;
import org.lessonsportal.e2e.pages.PortalPage;
import org.lessonsportal.e2e.support.Browser;
import org.lessonsportal.e2e.support.PortalWithKeycloak;

/** Signing in and out with an organisation account, in a real browser against the real Keycloak. */
class SignInIT extends PortalWithKeycloak {

    @Test
    void aliceSignsInSeesWhoSheIsAndSignsOutOfBothPortalAndKeycloak() {
        Browser browser = browsers.newBrowser();
        LandingPage landing = LandingPage.open(browser, portalUrl());
        assertThat(landing.heading()).isEqualTo("Learn from NHS projects others have finished");
        browser.screenshot("landing");

        PortalPage portal = landing.signIn().signInAs("alice", "demo");

        assertThat(portal.userName()).isEqualTo("Alice Author");
        assertThat(portal.organisation()).isEqualTo("Northshire Hospitals NHS Foundation Trust (ZZ1)");
        assertThat(portal.roles()).isEqualTo("Contributor");
        assertThat(portal.heading()).isEqualTo("Welcome, Alice Author");
        browser.screenshot("home-signed-in");
        assertThat(organisations.findByOdsCode("ZZ1").orElseThrow().parentIcbOdsCode())
                .as("the integrated care board her organisation belongs to, from Keycloak").isEqualTo("QZZ");

        LandingPage afterSignOut = portal.signOut();
        assertThat(afterSignOut.heading()).isEqualTo("Learn from NHS projects others have finished");
        assertThat(browser.currentUrl()).startsWith(portalUrl());

        // The Keycloak session ended too: a protected page asks for the password again.
        browser.open(portalUrl() + "/home");
        KeycloakLoginPage login = new KeycloakLoginPage(browser);
        assertThat(login.currentUrl()).startsWith(keycloak().issuerUri());
    }

    @Test
    void aReviewerSeesTheirRolesInPlainWords() {
        Browser browser = browsers.newBrowser();
        PortalPage portal = LandingPage.open(browser, portalUrl()).signIn().signInAs("bob", "demo");

        assertThat(portal.userName()).isEqualTo("Bob Reviewer");
        assertThat(portal.organisation()).isEqualTo("Riverside Community Health NHS Trust (ZZ2)");
        assertThat(portal.roles()).isEqualTo("Contributor, Reviewer");
    }

    @Test
    void daveActsForOneOfHisTwoOrganisationsAndIsRecordedAsAMemberOfBoth() {
        Browser browser = browsers.newBrowser();
        PortalPage portal = LandingPage.open(browser, portalUrl()).signIn().signInAs("dave", "demo");

        assertThat(portal.userName()).isEqualTo("Dave Reviewer");
        assertThat(portal.organisation()).isEqualTo("Riverside Community Health NHS Trust (ZZ2)");
        MemberView dave = organisations.findMemberByUsername("dave").orElseThrow();
        assertThat(dave.organisationId()).isEqualTo(organisations.findByOdsCode("ZZ2").orElseThrow().id());
        assertThat(dave.organisationIds()).containsExactlyInAnyOrder(
                organisations.findByOdsCode("ZZ2").orElseThrow().id(),
                organisations.findByOdsCode("ZZ3").orElseThrow().id());
    }

    @Test
    void someoneWithoutAnOrganisationIsToldWhatToDo() {
        Browser browser = browsers.newBrowser();
        NoOrganisationPage page = LandingPage.open(browser, portalUrl()).signIn()
                .signInWithoutOrganisation("nora", "demo");

        assertThat(page.heading()).isEqualTo("Your account is not linked to an NHS organisation");
        assertThat(page.text()).contains("Ask to join your organisation")
                .contains("ask your organisation's digital or informatics team");
        browser.screenshot("no-organisation");

        browser.open(portalUrl() + "/home");
        assertThat(new NoOrganisationPage(browser).heading())
                .isEqualTo("Your account is not linked to an NHS organisation");
    }

    @Test
    void aProtectedPageSendsAnonymousVisitorsToSignIn() {
        Browser browser = browsers.newBrowser();
        browser.open(portalUrl() + "/home");
        KeycloakLoginPage login = new KeycloakLoginPage(browser);
        assertThat(login.currentUrl()).startsWith(keycloak().issuerUri());

        PortalPage portal = login.signInAs("carol", "demo");
        assertThat(portal.organisation()).isEqualTo("Oakfield Medical Practice (ZZ3)");
    }
}
