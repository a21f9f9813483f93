package org.lessonsportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.organisation.JoinRequestState;
import org.lessonsportal.domain.organisation.JoinRequestView;
import org.lessonsportal.domain.organisation.JoinRequestService;
import org.lessonsportal.domain.organisation.MemberView;
import org.lessonsportal.domain.organisation.OdsFile;
import org.lessonsportal.domain.organisation.OdsReferenceService;
import org.lessonsportal.domain.organisation.OrganisationView;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.e2e.pages.KeycloakLoginPage;
import org.lessonsportal.e2e.pages.LandingPage;
import org.lessonsportal.e2e.pages.NoOrganisationPage;
import org.lessonsportal.e2e.pages.PortalPage;
import org.lessonsportal.e2e.support.Axe;
import org.lessonsportal.e2e.support.Browser;
import org.lessonsportal.e2e.support.KeycloakAdmin;
import org.lessonsportal.e2e.support.KeycloakServer;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

/**
 * How people whose sign-in names no organisation the realm has get one, in a real browser against the real Keycloak,
 * its {@code nhsmail-sim} and {@code cis2-sim} realms and the portal's Keycloak provider, on a fresh installation
 * with the demo's ODS sample imported and Keycloak's admin API set up (the directory client):
 * <ul>
 * <li>an NHSmail person (no ODS code in their tokens) asks to join their organisation, its administrator confirms, and
 * their next sign-in acts for it (docs/adr/0049);</li>
 * <li>a CIS2 person whose role is at an organisation only ODS lists gets it, made in Keycloak and the portal
 * (docs/adr/0047).</li>
 * </ul>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:organisation-from-sign-in;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
        "spring.datasource.username=sa", "spring.datasource.password=",
        "lessons.directory-sync.client-secret=lessons-directory-secret"})
class OrganisationFromSignInIT extends FreshInstallationTestCase {

    /** The user names the brokers give these people in the lessons realm. */
    private static final String NINA = "nina.mail@nhsmail-sim.example";
    private static final String KIM = "kim.westmoor@nhs-sim.example";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    OdsReferenceService odsReference;
    @Autowired
    JoinRequestService joinRequests;

    @BeforeEach
    void importTheDemosOdsSample() {
        for (String file : List.of("eccg.csv", "etr.csv", "epraccur.csv")) {
            try (InputStream in = new ClassPathResource("demo/ods/" + file).getInputStream()) {
                odsReference.importAsSystem(OdsFile.fromFileName(file).orElseThrow(), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void anNhsmailPersonAsksToJoinTheirOrganisationAndItsAdministratorConfirms() {
        KeycloakAdmin admin = new KeycloakAdmin(KeycloakServer.shared());
        forget(admin, NINA);
        try {
            Browser browser = browsers.newBrowser();
            KeycloakLoginPage nhsmail = LandingPage.open(browser, portalUrl()).signIn().chooseNhsmail();
            assertThat(nhsmail.currentUrl()).startsWith(KeycloakServer.shared().baseUrl() + "/realms/nhsmail-sim/");
            NoOrganisationPage page = nhsmail.signInWithoutOrganisation(NINA, "demo");
            assertThat(page.text()).contains("Nina Mail, you have signed in").contains("Ask to join your "
                    + "organisation");
            MemberView nina = organisations.findMemberByUsername(NINA).orElseThrow();
            assertThat(nina.organisationIds()).isEmpty();
            assertThat(nina.roles()).as("the broker's first sign-in role").contains(Roles.CONTRIBUTOR);

            page.askToJoin("QZZ", "Digital lead, outpatients");
            assertThat(page.waiting()).startsWith("You asked to join Northshire and Dale Integrated Care Board (QZZ) "
                    + "on ");
            Axe.check(browser, "join-organisation-waiting");
            browser.screenshot("join-organisation-waiting");
            JoinRequestView waiting = joinRequests.latest(organisations.actor(nina.id())).orElseThrow();

            // adam administers Northshire and Dale ICB, so the request is his to decide
            Browser adamBrowser = browsers.newBrowser();
            LandingPage.open(adamBrowser, portalUrl()).signIn().signInAs("adam", "demo");
            adamBrowser.open(portalUrl() + "/admin/join-requests");
            String card = adamBrowser.waitFor(By.id("join-request-" + waiting.id())).getText();
            assertThat(card).contains("Nina Mail asks to join Northshire and Dale Integrated Care Board (QZZ)")
                    .contains("What they do there: Digital lead, outpatients").doesNotContain("No administrator of");
            Axe.check(adamBrowser, "join-requests");
            adamBrowser.click(By.id("join-confirm-" + waiting.id()));
            adamBrowser.waitFor(By.id("join-requests-none"));
            assertThat(joinRequests.latest(organisations.actor(nina.id())).orElseThrow().state())
                    .isEqualTo(JoinRequestState.CONFIRMED);

            // the membership is Keycloak's now: her next sign-in's token carries it
            PortalPage portal = LandingPage.open(browsers.newBrowser(), portalUrl()).signIn().chooseNhsmail()
                    .signInAs(NINA, "demo");
            assertThat(portal.organisation()).isEqualTo("Northshire and Dale Integrated Care Board (QZZ)");
            assertThat(portal.roles()).isEqualTo("Contributor");
            assertThat(organisations.findMemberByUsername(NINA).orElseThrow().organisationId())
                    .isEqualTo(organisations.findByOdsCode("QZZ").orElseThrow().id());
        } finally {
            forget(admin, NINA);
        }
    }

    @Test
    void aCis2RoleAtAnOrganisationOnlyOdsListsGivesThatOrganisationInKeycloakAndThePortal() {
        KeycloakAdmin admin = new KeycloakAdmin(KeycloakServer.shared());
        forget(admin, KIM);
        admin.removeOrganisation("RZ3");
        try {
            assertThat(keycloakAdmin.findOrganisation("RZ3")).as("not in Keycloak yet").isEmpty();
            PortalPage portal = LandingPage.open(browsers.newBrowser(), portalUrl()).signIn()
                    .chooseNhsCareIdentity().signInAs("kim", "demo");

            assertThat(portal.userName()).isEqualTo("Kim Westmoor");
            assertThat(portal.organisation()).isEqualTo("Westmoor Mental Health NHS Trust (RZ3)");
            assertThat(keycloakAdmin.findOrganisation("RZ3")).as("made in Keycloak").isPresent();
            OrganisationView westmoor = organisations.findByOdsCode("RZ3").orElseThrow();
            assertThat(westmoor.name()).isEqualTo("Westmoor Mental Health NHS Trust");
            assertThat(westmoor.parentIcbOdsCode()).as("from ODS").isEqualTo("QZX");
            MemberView kim = organisations.findMemberByUsername(KIM).orElseThrow();
            assertThat(kim.organisationId()).isEqualTo(westmoor.id());

            // the next sign-in finds the organisation in Keycloak: the token carries it
            PortalPage again = LandingPage.open(browsers.newBrowser(), portalUrl()).signIn()
                    .chooseNhsCareIdentity().signInAs("kim", "demo");
            assertThat(again.organisation()).isEqualTo("Westmoor Mental Health NHS Trust (RZ3)");
        } finally {
            forget(admin, KIM);
            admin.removeOrganisation("RZ3");
        }
    }

    /** Removes the person the broker made in the lessons realm, if any, so every run starts at a first sign-in. */
    private static void forget(KeycloakAdmin admin, String username) {
        Instant end = Instant.now().plus(PATIENCE);
        while (admin.hasUser(username)) {
            admin.removeUser(username);
            if (Instant.now().isAfter(end)) {
                throw new AssertionError(username + " could not be removed from the lessons realm");
            }
        }
    }
}
