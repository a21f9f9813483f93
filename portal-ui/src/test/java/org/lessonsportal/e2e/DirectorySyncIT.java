package org.lessonsportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.organisation.MemberView;
import org.lessonsportal.domain.organisation.OrganisationDetails;
import org.lessonsportal.domain.organisation.OrganisationView;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.e2e.pages.LandingPage;
import org.lessonsportal.e2e.pages.LessonPage;
import org.lessonsportal.e2e.pages.TasksPage;
import org.lessonsportal.e2e.support.Browser;
import org.lessonsportal.e2e.support.KeycloakServer;
import org.lessonsportal.identity.DirectorySync;
import org.lessonsportal.workflow.review.ReviewTask;
import org.lessonsportal.workflow.review.ReviewTasks;
import org.lessonsportal.workflow.review.TaskKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A fresh installation (a database of its own, nobody has signed in) with the directory sync on, against the real
 * Keycloak and the committed demo realm (docs/adr/0048): the sync brings in the realm's organisations and people with
 * their roles through the admin REST API with the realm's directory client, alice's first lesson goes to bob and
 * carol at once although neither has ever signed in, and bob's later sign-in makes him the same member. The portal
 * runs on a port of its own, which the test adds to the portal client's redirect URIs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // a fresh installation: an empty embedded database, whatever database the other browser tests share
        "spring.datasource.url=jdbc:h2:mem:fresh-installation;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
        "spring.datasource.username=sa", "spring.datasource.password=",
        "lessons.directory-sync.client-secret=lessons-directory-secret"})
class DirectorySyncIT extends FreshInstallationTestCase {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Autowired
    ReviewTasks reviewTasks;
    @Autowired
    DirectorySync directorySync;

    @Test
    void onAFreshInstallationAlicesFirstLessonGoesToBobAndCarolAtOnce() {
        // the sync that runs at start-up brought the reviewers in: none has signed in
        MemberView bob = await("bob from the directory", () -> organisations.findMemberByUsername("bob"));
        MemberView carol = await("carol from the directory", () -> organisations.findMemberByUsername("carol"));
        MemberView dave = await("dave from the directory", () -> organisations.findMemberByUsername("dave"));
        assertThat(List.of(bob, carol, dave)).allSatisfy(reviewer -> {
            assertThat(reviewer.hasSignedIn()).isFalse();
            assertThat(reviewer.hasRole(Roles.REVIEWER)).isTrue();
        });

        String url = portalUrl();
        String title = "Moving outpatient letters to the NHS App " + UUID.randomUUID().toString().substring(0, 6)
                .toUpperCase(Locale.ROOT);
        Browser alice = browsers.newBrowser();
        LessonPage submitted = LandingPage.open(alice, url).signIn().signInAs("alice", "demo").home()
                .startNewLesson()
                .title(title)
                .summary("We stopped posting outpatient letters and sent them to the NHS App instead.")
                .projectType("Patient-facing digital services")
                .setting("Acute hospital")
                .region("North West")
                .completedOn("30/9/2024")
                .technology("NHS App")
                .context("Outpatient letters were printed and posted, often arriving after the appointment.")
                .approach("We sent letters to the NHS App first and posted only to those not using it.")
                .outcomes("Most letters now arrive the same day.")
                .challenge(1, "Patient engagement", "Some patients do not use the NHS App.",
                        "Letters are still posted to anyone who has not opened theirs within three days.")
                .recommendations("Agree the fallback to post before you start.")
                .awaitSaved()
                .submit();
        assertThat(submitted.title()).isEqualTo(title);

        Long lessonId = await("alice's lesson in review", () -> reviewTasks.openTasks(organisations.actor(bob.id()))
                .stream().filter(t -> t.lessonTitle().equals(title)).findFirst()).lessonId();
        assertThat(tasksOf(bob, lessonId)).extracting(ReviewTask::kind).containsExactly(TaskKind.REVIEW);
        assertThat(tasksOf(carol, lessonId)).extracting(ReviewTask::kind).containsExactly(TaskKind.REVIEW);
        assertThat(tasksOf(dave, lessonId)).isEmpty();
        MemberView pat = organisations.findMemberByUsername("pat").orElseThrow();
        assertThat(tasksOf(pat, lessonId)).as("no publisher is asked to choose or add reviewers").isEmpty();
        assertThat(organisations.getMember(bob.id()).hasSignedIn()).as("bob still has not signed in").isFalse();

        // bob signs in for the first time, as the member the sync made, and finds the review waiting
        Browser bobBrowser = browsers.newBrowser();
        LandingPage.open(bobBrowser, url).signIn().signInAs("bob", "demo").home();
        TasksPage.open(bobBrowser, url).awaitTask(url, "Review this lesson: " + title);
        MemberView bobSignedIn = organisations.findMemberByUsername("bob").orElseThrow();
        assertThat(bobSignedIn.id()).isEqualTo(bob.id());
        assertThat(bobSignedIn.hasSignedIn()).isTrue();
    }

    @Test
    void theSyncMirrorsTheRealmsOrganisationsPeopleAndRolesWithTheLeastAdminRoles() {
        directorySync.syncNow();

        OrganisationView northshire = organisations.findByOdsCode("ZZ1").orElseThrow();
        assertThat(northshire.name()).isEqualTo("Northshire Hospitals NHS Foundation Trust");
        assertThat(northshire.type()).isEqualTo(Setting.ACUTE);
        assertThat(northshire.parentIcbOdsCode()).isEqualTo("QZZ");
        assertThat(organisations.findByOdsCode("QZZ").orElseThrow().type()).isEqualTo(Setting.INTEGRATED_CARE_BOARD);

        MemberView dave = organisations.findMemberByUsername("dave").orElseThrow();
        assertThat(dave.organisationIds()).as("dave belongs to both of his organisations").containsExactlyInAnyOrder(
                organisations.findByOdsCode("ZZ2").orElseThrow().id(),
                organisations.findByOdsCode("ZZ3").orElseThrow().id());
        assertThat(dave.name()).isEqualTo("Dave Reviewer");
        MemberView penny = organisations.findMemberByUsername("penny").orElseThrow();
        assertThat(penny.roles()).contains(Roles.CONTRIBUTOR, Roles.PUBLISHER).doesNotContain(Roles.REVIEWER);
        assertThat(organisations.findMemberByUsername("rita").orElseThrow().organisationIds())
                .containsExactly(northshire.id());
        assertThat(organisations.findMemberByUsername("nora")).as("in no organisation: not brought in").isEmpty();
        assertThat(organisations.lastDirectorySync()).isPresent();

        // the directory client holds exactly the realm-management roles the sync needs (view-users brings its
        // composites query-users and query-groups), nothing more
        Map<String, Object> claims = KeycloakServer.shared().clientCredentials("lessons-portal-directory",
                "lessons-directory-secret").accessTokenClaims();
        @SuppressWarnings("unchecked")
        Map<String, Map<String, List<String>>> access = (Map<String, Map<String, List<String>>>)
                claims.get("resource_access");
        assertThat(access.get("realm-management").get("roles"))
                .containsExactlyInAnyOrder("manage-realm", "view-users", "query-users", "query-groups");
    }

    @Test
    void anImportOfOrganisationsCanCreateOneInKeycloakThatTheSyncThenBringsIn() {
        String ods = "ZY" + UUID.randomUUID().toString().substring(0, 3).toUpperCase(Locale.ROOT);
        OrganisationDetails details = new OrganisationDetails(ods, "Test Community Trust " + ods, Setting.COMMUNITY,
                Region.LONDON, null, "QZZ");

        String id = keycloakAdmin.ensureOrganisation(details);

        assertThat(keycloakAdmin.findOrganisation(ods)).contains(id);
        assertThat(keycloakAdmin.ensureOrganisation(details)).as("never twice").isEqualTo(id);
        directorySync.syncNow();
        OrganisationView mirrored = organisations.findByOdsCode(ods).orElseThrow();
        assertThat(mirrored.name()).isEqualTo("Test Community Trust " + ods);
        assertThat(mirrored.type()).isEqualTo(Setting.COMMUNITY);
        assertThat(mirrored.region()).isEqualTo(Region.LONDON);
        assertThat(mirrored.parentIcbOdsCode()).isEqualTo("QZZ");
    }

    private List<ReviewTask> tasksOf(MemberView member, Long lessonId) {
        return reviewTasks.openTasks(organisations.actor(member.id())).stream()
                .filter(t -> t.lessonId().equals(lessonId)).toList();
    }

    private static <T> T await(String what, Supplier<Optional<T>> probe) {
        Instant end = Instant.now().plus(PATIENCE);
        while (true) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("No " + what + " after " + PATIENCE.toSeconds() + " seconds");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
