package org.lessonsportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.AssignedReviewer;
import org.lessonsportal.domain.lesson.ConflictOfInterestException;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.organisation.MemberView;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.ConcurrentEditException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.e2e.pages.KeycloakErrorPage;
import org.lessonsportal.e2e.pages.KeycloakLoginPage;
import org.lessonsportal.e2e.pages.LandingPage;
import org.lessonsportal.e2e.pages.NoOrganisationPage;
import org.lessonsportal.e2e.pages.PortalPage;
import org.lessonsportal.e2e.support.Browser;
import org.lessonsportal.e2e.support.KeycloakAdmin;
import org.lessonsportal.e2e.support.PortalWithKeycloak;
import org.lessonsportal.testsupport.LessonTestData;
import org.lessonsportal.workflow.review.EligibleReviewer;

/**
 * Signing in with NHS Care Identity through the realm's {@code nhs-cis2} broker, in a real browser, against the
 * {@code cis2-sim} realm of the same Keycloak (CIS2's scopes and claim shapes, fictional people) and the portal's
 * Keycloak provider: the organisation of the role chosen at sign-in is the one acted for, every organisation of the
 * roles counts for conflicts of interest, a sign-in below the required assurance is refused, and a role at an
 * organisation the portal does not know leads to the no-organisation page.
 */
class Cis2SignInIT extends PortalWithKeycloak {

    /** The user names the broker gives CIS2 people in the lessons realm: CIS2 sends no preferred_username. */
    private static final String SAM = "sam.smartcard@nhs-sim.example";
    private static final String LEE = "lee.lowassurance@nhs-sim.example";
    private static final String UNA = "una.unlisted@nhs-sim.example";

    @Test
    void aPersonWithRolesAtTwoOrganisationsActsForTheChosenRolesOneAndReviewsTheLessonsOfNeither() {
        Browser browser = browsers.newBrowser();
        KeycloakLoginPage simulator = LandingPage.open(browser, portalUrl()).signIn().chooseNhsCareIdentity();
        assertThat(simulator.currentUrl()).startsWith(keycloak().baseUrl() + "/realms/cis2-sim/");
        PortalPage portal = simulator.signInAs("sam", "demo");

        assertThat(portal.userName()).isEqualTo("Sam Smartcard");
        assertThat(portal.organisation()).as("the chosen role is at Oakfield; ZZ2 comes first in ODS-code order")
                .isEqualTo("Oakfield Medical Practice (ZZ3)");
        assertThat(portal.roles()).isEqualTo("Contributor");
        browser.screenshot("cis2-signed-in");
        MemberView sam = organisations.findMemberByUsername(SAM).orElseThrow();
        assertThat(sam.organisationId()).isEqualTo(organisationId("ZZ3"));
        assertThat(sam.organisationIds()).containsExactlyInAnyOrder(organisationId("ZZ2"), organisationId("ZZ3"));

        // an administrator makes Sam a reviewer in Keycloak; the next sign-in through CIS2 brings it, memberships kept
        KeycloakAdmin admin = new KeycloakAdmin(keycloak());
        admin.addRealmRole(SAM, Roles.REVIEWER);
        List<LessonDetails> submitted = new ArrayList<>();
        try {
            portal.signOut();
            portal = LandingPage.open(browsers.newBrowser(), portalUrl()).signIn().chooseNhsCareIdentity()
                    .signInAs("sam", "demo");
            assertThat(portal.roles()).isEqualTo("Contributor, Reviewer");
            assertThat(portal.organisation()).isEqualTo("Oakfield Medical Practice (ZZ3)");
            Long samId = organisations.findMemberByUsername(SAM).orElseThrow().id();
            assertThat(organisations.getMember(samId).organisationIds())
                    .containsExactlyInAnyOrder(organisationId("ZZ2"), organisationId("ZZ3"));

            knownToThePortal("bob", "carol", "alice");
            LessonDetails riverside = submit("bob", submitted);
            LessonDetails oakfield = submit("carol", submitted);
            LessonDetails northshire = submit("alice", submitted);

            for (LessonDetails lesson : List.of(riverside, oakfield)) {
                assertThat(offeredOrAssigned(lesson)).as(lesson.content().title()).doesNotContain(samId);
                assertThatThrownBy(() -> lessonService.assignReviewer(lesson.id(), samId, Actor.SYSTEM))
                        .isInstanceOf(ConflictOfInterestException.class)
                        .hasMessageEndingWith("works for the organisation that wrote this lesson, so they cannot "
                                + "review it.");
            }
            assertThat(offeredOrAssigned(northshire)).as("a lesson of a third organisation is Sam's to review")
                    .contains(samId);
        } finally {
            submitted.forEach(this::withdraw);
            // Sam stops being a reviewer in the portal too, so other tests' reviews never go to Sam
            admin.removeRealmRole(SAM, Roles.REVIEWER);
            Browser again = browsers.newBrowser();
            LandingPage.open(again, portalUrl()).signIn().chooseNhsCareIdentity().signInAs("sam", "demo");
        }
    }

    @Test
    void aSignInBelowTheRequiredAssuranceIsRefusedWithAPlainMessage() {
        Browser browser = browsers.newBrowser();
        KeycloakErrorPage refused = LandingPage.open(browser, portalUrl()).signIn().chooseNhsCareIdentity()
                .signInEndsOnErrorPage("lee", "demo");

        assertThat(refused.message()).startsWith("Your NHS Care Identity sign-in was not strong enough for Lessons "
                + "Portal.").contains("smartcard").contains("Registration Authority");
        assertThat(refused.text()).doesNotContainIgnoringCase("exception").doesNotContain("Unexpected error");
        browser.screenshot("cis2-refused");
        assertThat(new KeycloakAdmin(keycloak()).hasUser(LEE)).as("no account is made for a refused sign-in")
                .isFalse();
        assertThat(organisations.findMemberByUsername(LEE)).isEmpty();

        browser.open(portalUrl() + "/home");
        assertThat(new KeycloakLoginPage(browser).currentUrl()).as("not signed in to the portal")
                .startsWith(keycloak().issuerUri());
    }

    @Test
    void aRoleAtAnOrganisationThePortalDoesNotKnowLeadsToTheNoOrganisationPage() {
        Browser browser = browsers.newBrowser();
        NoOrganisationPage page = LandingPage.open(browser, portalUrl()).signIn().chooseNhsCareIdentity()
                .signInWithoutOrganisation("una", "demo");

        assertThat(page.heading()).isEqualTo("Your account is not linked to an NHS organisation");
        assertThat(page.text()).contains("You signed in for the organisation with ODS code ZZ9, which is not on "
                + "Lessons Portal yet.").contains("What to do");
        browser.screenshot("cis2-unknown-organisation");
        MemberView una = organisations.findMemberByUsername(UNA).orElseThrow();
        assertThat(una.organisationIds()).isEmpty();
    }

    /** Signs each person in and out once, so the portal knows them (authors and reviewers are its members). */
    private void knownToThePortal(String... usernames) {
        Browser browser = browsers.newBrowser();
        for (String username : usernames) {
            LandingPage.open(browser, portalUrl()).signIn().signInAs(username, "demo").signOut();
        }
    }

    /** A lesson of the person's organisation, submitted for review; kept in {@code submitted} to withdraw later. */
    private LessonDetails submit(String author, List<LessonDetails> submitted) {
        Actor actor = organisations.actor(organisations.findMemberByUsername(author).orElseThrow().id());
        LessonDetails draft = lessonService.createDraft(actor,
                LessonTestData.complete("Smartcard sign-in " + LessonTestData.unique(author)));
        LessonDetails lesson = reviewTasks.submit(draft.id(), actor, draft.version());
        submitted.add(lesson);
        return lesson;
    }

    /**
     * Withdraws a lesson written for this test. Reviewers are assigned by an asynchronous step after submission, so
     * the withdrawal can meet that step at the same moment; like a person told to reload, it tries again.
     */
    private void withdraw(LessonDetails lesson) {
        long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                reviewTasks.withdraw(lesson.id(), author(lesson),
                        "Only written to test reviewers who sign in with NHS Care Identity.");
                return;
            } catch (ConcurrentEditException clash) {
                if (System.nanoTime() > giveUpAt) {
                    throw clash;
                }
                sleep(250);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Actor author(LessonDetails lesson) {
        return organisations.actor(lesson.authorId());
    }

    /** Everyone offered the lesson now or assigned to review it. */
    private Set<Long> offeredOrAssigned(LessonDetails lesson) {
        Set<Long> ids = new HashSet<>();
        reviewTasks.eligibleReviewers(lesson.id(), Actor.SYSTEM).stream().map(EligibleReviewer::memberId)
                .forEach(ids::add);
        lessonService.reviewers(lesson.id(), Actor.SYSTEM).stream().filter(AssignedReviewer::isActive)
                .map(AssignedReviewer::memberId).forEach(ids::add);
        return ids;
    }

    private Long organisationId(String odsCode) {
        return organisations.findByOdsCode(odsCode).orElseThrow().id();
    }
}
