package org.lessonsportal.e2e.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lessonsportal.e2e.pages.HomePage;
import org.lessonsportal.e2e.pages.LandingPage;
import org.lessonsportal.e2e.pages.LessonEditorPage;
import org.lessonsportal.e2e.pages.LessonsPage;
import org.lessonsportal.e2e.pages.PublishQueuePage;
import org.lessonsportal.e2e.pages.ReviewPage;
import org.lessonsportal.e2e.pages.TasksPage;
import org.lessonsportal.e2e.support.Browser;
import org.lessonsportal.e2e.support.BrowserExtension;
import org.lessonsportal.e2e.support.ExchangeFiles;
import org.lessonsportal.e2e.support.KeycloakServer;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.core.io.ClassPathResource;

/**
 * Two portal nodes behind HAProxy, as production runs them (issue 18): the packaged jar twice, one PostgreSQL
 * database, OpenSearch, Keycloak, real browsers that use the balancer's address only. A lesson submitted through node
 * A is reviewed through node B; the reviewer's page on B is told of it by push; node A is killed (as {@code kill -9})
 * in the middle of the second review, whose reviewer's next page comes from B, signed in again silently through
 * Keycloak's session, with her review as she had written it; the lesson is published on B and its author told once.
 * Separately: a lesson published through one node is found by a search answered by the other.
 *
 * <p>Nodes must share a database, so on H2 this test cannot run: it is skipped with that reason, not passed.
 */
@EnabledIf(value = "org.lessonsportal.testsupport.TestDatabaseEnvironmentPostProcessor#postgres",
        disabledReason = "several nodes need one shared PostgreSQL database: run with LESSONS_TEST_DB=postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 12, unit = TimeUnit.MINUTES)
class NodesBehindBalancerIT {

    private static final String A = "node1";
    private static final String B = "node2";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @RegisterExtension
    final BrowserExtension browsers = new BrowserExtension();

    private PortalCluster cluster;

    @BeforeAll
    void startTheNodes() {
        cluster = PortalCluster.start(2, List.of(
                // timers and left-over work in seconds instead of days and minutes, so the test sees them
                "--lessons.review.reminder-after=PT20S",
                "--lessons.after-commit.retry-after=PT20S",
                "--lessons.after-commit.check-interval=PT5S"));
    }

    @AfterAll
    void stopEverything() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void aLessonPublishedThroughOneNodeIsFoundBySearchingThroughTheOtherWithinSeconds() throws Exception {
        String title = ExchangeFiles.uniqueTitle("Shared records for district nurses");
        String document = new ClassPathResource("found-across-nodes-lesson.json", NodesBehindBalancerIT.class)
                .getContentAsString(StandardCharsets.UTF_8)
                .replace("{uuid}", UUID.randomUUID().toString()).replace("{title}", title);
        String token = KeycloakServer.shared().clientCredentials(KeycloakServer.API_CLIENT_ID,
                KeycloakServer.API_CLIENT_SECRET).accessToken();
        HttpResponse<String> imported = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(cluster.url() + "/api/import"))
                .header("Cookie", Balancer.COOKIE + "=" + A).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(document))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        Browser reader = signedInOn(B, "rita");
        LessonsPage lessons = LessonsPage.open(reader, cluster.url(), "");
        new WebDriverWait(reader.driver(), Duration.ofSeconds(15), Duration.ofSeconds(1))
                .until(d -> lessons.search(title).titles().contains(title));
        assertThat(PortalCluster.nodeOf(reader)).as("answered by the other node").isEqualTo(B);
    }

    @Test
    @Order(2)
    void submittedThroughOneNodeReviewedThroughTheOtherAndFinishedThereWhenTheFirstDies() {
        String url = cluster.url();
        String title = ExchangeFiles.uniqueTitle("Removing fax machines from three wards");
        String reviewTask = "Review this lesson: " + title;
        // bob and carol review it: an administrator recorded that they know fax removal
        for (String reviewer : List.of("bob", "carol")) {
            eventually("the directory sync brings in " + reviewer, () -> cluster.count(
                    "select count(*) from member where username = ?", reviewer), 1);
            cluster.update("insert into member_expertise (member_id, project_type) select id, 'FAX_REMOVAL'"
                    + " from member where username = ?", reviewer);
        }

        HomePage bobsHome = new HomePage(signedInOn(B, "bob"));
        String bellBefore = bobsHome.bellLabel();

        Browser alice = signedInOn(A, "alice");
        LessonEditorPage editor = new HomePage(alice).startNewLesson()
                .title(title)
                .summary("We removed every fax machine from three wards by moving referrals to secure email.")
                .projectType("Fax machine removal").setting("Acute hospital").region("North West")
                .completedOn("31/3/2024")
                .context("Three wards still faxed referrals, and one test referral went to the wrong fax.")
                .approach("We mapped every fax number, moved each flow to secure email and removed the machines.")
                .outcomes("No faxes are sent any more.")
                .challenge(1, "Clinical engagement", "Some consultants relied on faxes for urgent referrals.",
                        "We ran a two-week pilot with them and agreed a phone back-up.")
                .recommendations("Start with an inventory of every fax number and who uses it.")
                .awaitSaved();
        Long lessonId = editor.savedLessonId();
        assertThat(editor.submit().state()).isIn("Submitted", "In review");
        assertThat(PortalCluster.nodeOf(alice)).isEqualTo(A);

        // bob's page on node B is told by push, without reloading, of what happened on node A
        new WebDriverWait(bobsHome.browser().driver(), Duration.ofSeconds(30))
                .until(d -> !bobsHome.bellLabel().equals(bellBefore));

        Browser bob = bobsHome.browser();
        TasksPage.open(bob, url).awaitTask(url, reviewTask).openReview(title).noCompetingInterest().approve()
                .comment("Clear and practical.").send();
        assertThat(PortalCluster.nodeOf(bob)).isEqualTo(B);

        // carol writes her review on node A; it is saved as she writes it
        Browser carol = signedInOn(A, "carol");
        String draft = "Useful; the phone back-up is the part others will need.";
        ReviewPage review = TasksPage.open(carol, url).awaitTask(url, reviewTask).openReview(title)
                .noCompetingInterest().approve().comment(draft);
        eventually("carol's review saved as she wrote it", () -> cluster.count("select count(*) from review_draft d"
                + " join member m on m.id = d.reviewer_id where m.username = 'carol' and d.lesson_id = ?"
                + " and d.content like ?", lessonId, "%" + draft + "%"), 1);
        assertThat(review.saveStatus()).startsWith("Saved at");
        // her reminder timer fires, on one node of the two
        eventually("carol reminded", () -> notifications("carol", "REMINDER", lessonId), 1);

        cluster.node(A).kill();

        // her next click is answered by node B, which signs her in again through Keycloak's session: no password
        TasksPage tasks = TasksPage.open(carol, url);
        assertThat(PortalCluster.nodeOf(carol)).isEqualTo(B);
        assertThat(tasks.tasks().split(reviewTask, -1)).as("the review task, once").hasSize(2);
        ReviewPage again = tasks.openReview(title);
        assertThat(again.saveStatus()).startsWith("Restored your review");
        assertThat(again.comment()).isEqualTo(draft);
        again.noCompetingInterest().approve().send();

        Browser pat = signedInOn(B, "pat");
        PublishQueuePage.open(pat, url).awaitLesson(url, title).publish(title);

        // alice's next page comes from node B too, and she is told it was published
        new WebDriverWait(alice.driver(), PATIENCE, Duration.ofSeconds(2))
                .until(d -> HomePage.open(alice, url).yourNotifications().contains("has been published"));
        assertThat(PortalCluster.nodeOf(alice)).isEqualTo(B);

        // once each: the review tasks, the notices, the reminder; and no work after a commit is left undone
        assertThat(cluster.count("select count(*) from act_hi_taskinst where task_def_key_ = 'reviewLesson'"))
                .as("review tasks").isEqualTo(2);
        eventually("every piece of work after a commit done", () -> cluster.count(
                "select count(*) from event_publication"), 0);
        assertThat(notifications("alice", "PUBLISHED", lessonId)).isEqualTo(1);
        assertThat(notifications("bob", "REVIEW_ASSIGNED", lessonId)).isEqualTo(1);
        assertThat(notifications("carol", "REVIEW_ASSIGNED", lessonId)).isEqualTo(1);
        assertThat(notifications("carol", "REMINDER", lessonId)).isEqualTo(1);
    }

    /** A browser sent to this node by HAProxy's cookie, whose person has signed in there. */
    private Browser signedInOn(String node, String username) {
        Browser browser = browsers.newBrowser();
        cluster.pin(browser, node);
        LandingPage.open(browser, cluster.url()).signIn().signInAs(username, "demo").home();
        assertThat(PortalCluster.nodeOf(browser)).as(username + "'s node").isEqualTo(node);
        return browser;
    }

    private long notifications(String username, String kind, Long lessonId) {
        return cluster.count("select count(*) from notification n join member m on m.id = n.recipient_id"
                + " where m.username = ? and n.kind = ? and n.lesson_id = ?", username, kind, lessonId);
    }

    private static void eventually(String what, LongSupplier count, long expected) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long seen = count.getAsLong();
        while (seen != expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": expected " + expected + ", still " + seen + " after "
                        + PATIENCE.toSeconds() + " s");
            }
            PortalNode.pause(Duration.ofSeconds(1));
            seen = count.getAsLong();
        }
    }
}
