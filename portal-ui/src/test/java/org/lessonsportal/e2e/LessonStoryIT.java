package org.lessonsportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.e2e.pages.HomePage;
import org.lessonsportal.e2e.pages.LandingPage;
import org.lessonsportal.e2e.pages.LessonEditorPage;
import org.lessonsportal.e2e.pages.LessonPage;
import org.lessonsportal.e2e.pages.LessonsPage;
import org.lessonsportal.e2e.pages.NotificationsPage;
import org.lessonsportal.e2e.pages.PublishQueuePage;
import org.lessonsportal.e2e.pages.ReviewPage;
import org.lessonsportal.e2e.pages.RevisePage;
import org.lessonsportal.e2e.pages.TasksPage;
import org.lessonsportal.e2e.support.Axe;
import org.lessonsportal.e2e.support.Browser;
import org.lessonsportal.e2e.support.PortalWithKeycloak;
import org.lessonsportal.workflow.review.TaskKind;
import org.openqa.selenium.By;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A lesson's whole life, in real browsers against the real Keycloak and the real review process: alice writes and
 * submits it (the information-governance gate first stops an NHS number), two reviewers of other organisations
 * review it (rita, in alice's organisation, is not asked), the first asks for changes, alice revises and resubmits,
 * both approve, pat publishes, the second reviewer finds and reads it, and alice is told it was published. Every
 * page on the way is checked with axe.
 */
class LessonStoryIT extends PortalWithKeycloak {

    @Test
    void aLessonFromDraftToPublishedAndReadByAnotherOrganisation() {
        String url = portalUrl();
        String title = "Removing fax machines from three wards " + UUID.randomUUID().toString().substring(0, 6)
                .toUpperCase(Locale.ROOT);

        // reviewers are chosen from people the portal knows: they have signed in before
        Map<String, Browser> reviewers = new HashMap<>();
        reviewers.put("bob", signedIn("bob"));
        reviewers.put("carol", signedIn("carol"));
        Browser rita = signedIn("rita");
        // the process asks reviewers who know the lesson's type of project first: bob, carol and dave know fax
        // removal (no other test gives anyone that expertise), so people other tests brought in are not asked
        knowFaxRemoval(List.of("bob", "carol", "dave"));

        Browser alice = browsers.newBrowser();
        HomePage home = LandingPage.open(alice, url).signIn().signInAs("alice", "demo").home();
        LessonEditorPage editor = home.startNewLesson();
        Axe.check(alice, "lesson-editor");
        editor.title(title)
                .summary("We removed every fax machine from three wards by moving referrals to secure email.")
                .projectType("Fax machine removal")
                .setting("Acute hospital")
                .region("North West")
                .completedOn("31/3/2024")
                .technology("NHS Mail")
                .context("Three wards still faxed referrals. A test referral for 943 476 5919 went to the wrong "
                        + "fax.")
                .approach("We mapped every fax number, moved each flow to secure email and removed the machines.")
                .outcomes("No faxes are sent any more.")
                .challenge(1, "Clinical engagement", "Some consultants relied on faxes for urgent referrals.",
                        "We ran a two-week pilot with them and agreed a phone back-up.")
                .recommendations("Start with an inventory of every fax number and who uses it.")
                .awaitSaved();
        alice.screenshot("lesson-editor");

        editor.submitExpectingProblems();
        assertThat(editor.errorSummary()).contains("There is a problem").contains("NHS number")
                .contains("943 476 5919");
        assertThat(editor.contextError()).contains("NHS number");
        Axe.check(alice, "lesson-editor-with-problems");
        alice.screenshot("lesson-editor-problems");

        editor.context("Three wards still faxed referrals, and one test referral went to the wrong fax.")
                .awaitSaved()
                .openPreview();
        Axe.check(alice, "lesson-preview");
        alice.screenshot("lesson-preview");
        editor.closePreview();

        Long lessonId = editor.savedLessonId();
        LessonPage submitted = editor.submit();
        assertThat(submitted.title()).isEqualTo(title);
        assertThat(submitted.state()).isIn("Submitted", "In review");
        Axe.check(alice, "lesson-page-submitted");
        alice.screenshot("lesson-page");

        // two reviewers of other organisations who know fax removal are asked, those with the fewest reviews open (so
        // which two depends on what ran before): of bob, carol and dave; rita, from alice's organisation, is not
        List<String> asked = reviewersAsked(lessonId);
        Browser first = reviewers.computeIfAbsent(asked.get(0), this::signedIn);
        Browser second = reviewers.computeIfAbsent(asked.get(1), this::signedIn);
        String reviewTask = "Review this lesson: " + title;
        TasksPage firstTasks = TasksPage.open(first, url).awaitTask(url, reviewTask);
        TasksPage secondTasks = TasksPage.open(second, url).awaitTask(url, reviewTask);
        assertThat(TasksPage.open(rita, url).tasks()).doesNotContain(title);
        Axe.check(first, "tasks");
        first.screenshot("tasks");

        ReviewPage firstReview = firstTasks.openReview(title);
        assertThat(firstReview.decisionEnabled()).isFalse();
        Axe.check(first, "review");
        firstReview.noCompetingInterest();
        assertThat(firstReview.decisionEnabled()).isTrue();
        firstReview.askForChanges()
                .comment("Useful. Please give the numbers before and after.")
                .commentOn("outcomes", "How many faxes a week did the wards send before?");
        Axe.check(first, "review-filled-in");
        first.screenshot("review");
        firstReview.send();
        secondTasks.openReview(title).noCompetingInterest().approve().comment("Clear and practical.").send();

        // alice sees the comments next to the sections they are about, revises and resubmits
        TasksPage aliceTasks = TasksPage.open(alice, url).awaitTask(url,
                "Revise the lesson and resubmit it: " + title);
        RevisePage revise = aliceTasks.openRevise(title);
        assertThat(revise.reviewerComments()).contains("Please give the numbers before and after.");
        assertThat(revise.commentsBesideSections()).contains("How many faxes a week did the wards send before?");
        Axe.check(alice, "revise");
        alice.screenshot("revise");
        LessonPage resubmitted = revise.outcomes("The wards sent about 400 faxes a week; now they send none.")
                .awaitSaved()
                .resubmit();
        assertThat(resubmitted.state()).isIn("Submitted", "In review");
        String lessonAddress = alice.driver().getCurrentUrl();

        // round 2: the first reviewer sees what changed; both approve
        ReviewPage again = TasksPage.open(first, url).awaitTask(url, reviewTask).openReview(title);
        assertThat(again.changes()).contains("Outcomes");
        Axe.check(first, "review-round-2");
        first.screenshot("review-round-2");
        again.noCompetingInterest().approve().send();
        TasksPage.open(second, url).awaitTask(url, reviewTask).openReview(title).noCompetingInterest().approve()
                .send();

        // pat publishes
        Browser pat = signedIn("pat");
        PublishQueuePage queue = PublishQueuePage.open(pat, url).awaitLesson(url, title);
        // the lesson's own page offers the publisher's actions too
        pat.open(lessonAddress);
        pat.waitFor(By.cssSelector("[id^='publish-']"));
        Axe.check(pat, "lesson-page-publisher");
        pat.screenshot("lesson-page-publisher");
        queue = PublishQueuePage.open(pat, url).awaitLesson(url, title);
        Axe.check(pat, "publish-queue");
        pat.screenshot("publish-queue");
        queue.publish(title);

        // the second reviewer, of another organisation, finds it by searching for the words of its title, and reads it
        LessonsPage list = HomePage.open(second, url).goToLessons().search(title);
        assertThat(list.titles()).contains(title);
        assertThat(list.status()).contains("found for");
        assertThat(list.address()).contains("q=");
        Axe.check(second, "lessons");
        second.screenshot("lessons");
        LessonPage read = list.open(title);
        assertThat(read.state()).isEqualTo("Published");
        assertThat(read.text()).contains("Start with an inventory of every fax number");
        assertThat(read.showsHistory()).as("a reviewer of it sees how it was reviewed").isTrue();
        Axe.check(second, "lesson-page-published");
        second.screenshot("lesson-page-published");

        // alice is told it was published
        HomePage aliceHome = awaitNotification(alice, url, "has been published");
        Axe.check(alice, "home-with-notification");
        alice.screenshot("home");
        NotificationsPage notifications = aliceHome.openNotifications();
        assertThat(notifications.notifications()).contains(title).contains("has been published");
        Axe.check(alice, "notifications");
        alice.screenshot("notifications");
    }

    /** The user names of the two reviewers asked to review the lesson, once both are (of bob, carol and dave). */
    private List<String> reviewersAsked(Long lessonId) {
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            List<String> asked = new ArrayList<>();
            for (String username : List.of("bob", "carol", "dave")) {
                organisations.findMemberByUsername(username).filter(member -> reviewTasks.openTasks(
                        organisations.actor(member.id())).stream().anyMatch(task -> task.kind() == TaskKind.REVIEW
                                && task.lessonId().equals(lessonId))).ifPresent(member -> asked.add(username));
            }
            if (asked.size() == 2) {
                return asked;
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Not two of bob, carol and dave asked to review after 60 seconds: " + asked);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Adds fax removal to the expertise of those of these people the portal knows, as an administrator would. */
    private void knowFaxRemoval(List<String> usernames) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("lesson-story", null,
                "ROLE_" + Roles.ADMIN));
        try {
            for (String username : usernames) {
                organisations.findMemberByUsername(username).ifPresent(member -> {
                    Set<ProjectType> expertise = new HashSet<>(member.expertise());
                    expertise.add(ProjectType.FAX_REMOVAL);
                    organisations.updateExpertise(member.id(), expertise);
                });
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Browser signedIn(String username) {
        Browser browser = browsers.newBrowser();
        LandingPage.open(browser, portalUrl()).signIn().signInAs(username, "demo").home();
        return browser;
    }

    private static HomePage awaitNotification(Browser browser, String url, String text) {
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        HomePage home = HomePage.open(browser, url);
        while (!home.yourNotifications().contains(text)) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("No notification \"" + text + "\" after 60 seconds");
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            home = HomePage.open(browser, url);
        }
        return home;
    }
}
