package org.lessonsportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonExchangeService;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.e2e.pages.AdminPage;
import org.lessonsportal.e2e.pages.HomePage;
import org.lessonsportal.e2e.pages.LandingPage;
import org.lessonsportal.e2e.pages.LessonEditorPage;
import org.lessonsportal.e2e.pages.LessonsPage;
import org.lessonsportal.e2e.pages.NotificationsPage;
import org.lessonsportal.e2e.pages.PublishQueuePage;
import org.lessonsportal.e2e.pages.TasksPage;
import org.lessonsportal.e2e.support.Axe;
import org.lessonsportal.e2e.support.Browser;
import org.lessonsportal.e2e.support.ExchangeFiles;
import org.lessonsportal.e2e.support.PortalWithKeycloak;
import org.lessonsportal.testsupport.LessonTestData;
import org.lessonsportal.workflow.follow.Following;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * axe-core (WCAG 2.2 A and AA) on the pages the story test does not pass through, for each role, empty and holding
 * data, at 1280 and 360 px wide. The review pages are checked in {@link LessonStoryIT}.
 */
class AccessibilityIT extends PortalWithKeycloak {

    /** The exchange file with a published lesson to search for (imported by id, so a second run changes nothing). */
    private static final String SEARCHABLE = "accessibility-pagers-lesson.json";

    @Autowired
    LessonExchangeService exchange;

    @Test
    void aContributorsPages() {
        Browser alice = browsers.newBrowser();
        LandingPage landing = LandingPage.open(alice, portalUrl());
        Axe.check(alice, "landing");
        HomePage home = landing.signIn().signInAs("alice", "demo").home();
        assertThat(home.ariaCurrentOf("nav-home")).isEqualTo("page");
        Axe.check(alice, "home");

        LessonsPage lessons = home.goToLessons();
        assertThat(lessons.ariaCurrentOf("nav-lessons")).isEqualTo("page");
        Axe.check(alice, "lessons");

        LessonEditorPage editor = lessons.startNewLesson();
        Axe.check(alice, "lesson-editor-empty");
        editor.title("Too short").awaitSaved().submitExpectingProblems();
        Axe.check(alice, "lesson-editor-errors");
        alice.screenshot("lesson-editor-errors");

        TasksPage tasks = editor.goToTasks();
        Axe.check(alice, "tasks");
        NotificationsPage notifications = tasks.openNotifications();
        Axe.check(alice, "notifications");

        alice.open(portalUrl() + "/lessons/999999999");
        Axe.check(alice, "not-found");
        alice.open(portalUrl() + "/admin");
        Axe.check(alice, "access-denied");
        assertThat(notifications.heading()).isNotBlank();
    }

    @Test
    void searchWithWordsAFacetTickedAndNothingFound() {
        ExchangeFiles.importLessons(exchange, AccessibilityIT.class, SEARCHABLE);
        String title = "Replacing pagers with secure messaging on night shifts";
        Browser alice = browsers.newBrowser();
        HomePage home = LandingPage.open(alice, portalUrl()).signIn().signInAs("alice", "demo").home();

        LessonsPage lessons = home.goToLessons().search("pagers night shifts");
        assertThat(lessons.titles()).contains(title);
        assertThat(lessons.status()).contains("found for ‘pagers night shifts’");
        lessons.tick("facet-project-type", "Workforce digital systems");
        assertThat(lessons.address()).contains("q=pagers").contains("projectType=workforce-digital");
        assertThat(lessons.titles()).contains(title);
        assertThat(lessons.status()).contains("with 1 filter");
        Axe.check(alice, "lessons-search-facet");
        alice.screenshot("lessons-search");

        lessons.search("pagerz nigth");
        assertThat(lessons.titles()).isEmpty();
        assertThat(lessons.text()).contains("No lessons match your search").contains("Search tips");
        Axe.check(alice, "lessons-search-nothing-found");

        alice.open(portalUrl() + "/following?q=pagers&projectType=workforce-digital");
        assertThat(alice.waitFor(By.id("search-in-words")).getText()).isNotBlank();
        Axe.check(alice, "following-save-search");
        alice.screenshot("following");

        alice.driver().manage().window().setSize(new Dimension(360, 800));
        LessonsPage narrow = LessonsPage.open(alice, portalUrl(), "q=pagers&setting=acute");
        assertThat(narrow.titles()).contains(title);
        narrow.tick("facet-region", "South East");
        assertThat(narrow.address()).contains("region=south-east");
        Axe.check(alice, "lessons-search-360");
        alice.screenshot("lessons-search-360");
    }

    @Test
    void onANarrowScreen() {
        Browser alice = browsers.newBrowser();
        alice.driver().manage().window().setSize(new Dimension(360, 800));
        HomePage home = LandingPage.open(alice, portalUrl()).signIn().signInAs("alice", "demo").home();
        Axe.check(alice, "home-360");
        alice.screenshot("home-360");
        LessonEditorPage editor = home.startNewLesson();
        Axe.check(alice, "lesson-editor-360");
        alice.screenshot("lesson-editor-360");
        editor.goToLessons();
        Axe.check(alice, "lessons-360");
        alice.screenshot("lessons-360");
    }

    @Test
    void aPublishersAndAnAdministratorsPages() {
        Browser pat = browsers.newBrowser();
        HomePage patHome = LandingPage.open(pat, portalUrl()).signIn().signInAs("pat", "demo").home();
        PublishQueuePage queue = patHome.goToPublishQueue();
        Axe.check(pat, "publish-queue");
        assertThat(queue.ariaCurrentOf("nav-publish")).isEqualTo("page");

        Browser adam = browsers.newBrowser();
        HomePage adamHome = LandingPage.open(adam, portalUrl()).signIn().signInAs("adam", "demo").home();
        AdminPage admin = adamHome.goToAdmin();
        assertThat(adam.currentUrl()).endsWith("/admin/organisations");
        assertThat(admin.currentTab()).isEqualTo("Organisations");
        Axe.check(adam, "admin-organisations");
        adam.screenshot("admin-organisations");
        admin.filter("QZZ");
        assertThat(admin.visibleText()).contains("Northshire and Dale Integrated Care Board");
        assertThat(adam.currentUrl()).endsWith("/admin/organisations?q=QZZ");
        admin.openTab("Members");
        assertThat(adam.currentUrl()).endsWith("/admin/members");
        Axe.check(adam, "admin-members");
        adam.screenshot("admin-members");
        adam.driver().navigate().back();
        adam.waitForVaadin();
        assertThat(admin.currentTab()).as("the back button goes back to the organisations").isEqualTo("Organisations");
        admin.openTab("Reviewers' expertise");
        Axe.check(adam, "admin-expertise");
        adam.screenshot("admin-expertise");
        admin.openTab("Import and export");
        Axe.check(adam, "admin-import-export");
        adam.screenshot("admin-import-export");
        admin.openTab("ODS import");
        assertThat(adam.currentUrl()).endsWith("/admin/ods");
        Axe.check(adam, "admin-ods-import");
        admin.openTab("Running reviews");
        Axe.check(adam, "admin-running-reviews");
        adam.screenshot("admin-running-reviews");
        assertThat(admin.visibleText()).contains("Reviews under way");
        admin.openTab("Search");
        Axe.check(adam, "admin-search");
        assertThat(admin.visibleText()).contains("Search vocabulary");
    }

    @Autowired
    Following following;

    /**
     * Pages that hold data, at 1280 and 360 px: lessons with long titles in review and in draft, a followed search,
     * reviews under way in the publish queue, search results; at 360 px the header and menu fold into one line.
     */
    @Test
    void pagesHoldingDataOnWideAndNarrowScreens() {
        ExchangeFiles.importLessons(exchange, AccessibilityIT.class, SEARCHABLE);
        Browser alice = browsers.newBrowser();
        LandingPage.open(alice, portalUrl()).signIn().signInAs("alice", "demo").home();
        Actor author = actorOf("alice");
        String stamp = LessonTestData.unique("");
        for (int i = 1; i <= 3; i++) {
            String title = "Replacing every fax machine in outpatients, pharmacy, the emergency department and "
                    + "the community teams across three sites, with lessons on clinical safety " + stamp + " " + i;
            LessonDetails draft = lessonService.createDraft(author, LessonTestData.complete(title));
            if (i < 3) {
                reviewTasks.submit(draft.id(), author, draft.version());
            }
        }
        // following checks that someone is signed in: here, the test itself acting for alice
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("accessibility-it", null, List.of()));
        try {
            following.followSearch(author, "Night-shift pagers " + stamp, SearchQuery.builder()
                    .text("pagers night shifts").projectTypes("workforce-digital").build());
        } finally {
            SecurityContextHolder.clearContext();
        }
        Browser pat = browsers.newBrowser();
        LandingPage.open(pat, portalUrl()).signIn().signInAs("pat", "demo").home();

        for (int width : new int[] {1280, 360}) {
            alice.driver().manage().window().setSize(new Dimension(width, 900));
            pat.driver().manage().window().setSize(new Dimension(width, 900));
            HomePage home = HomePage.open(alice, portalUrl());
            assertThat(home.text()).contains(stamp + " 1", stamp + " 3");
            Axe.check(alice, "home-with-lessons-" + width);
            alice.screenshot("home-with-lessons-" + width);
            alice.open(portalUrl() + "/following");
            assertThat(alice.waitFor(By.id("main-content")).getText()).contains("Night-shift pagers " + stamp);
            Axe.check(alice, "following-a-search-" + width);
            alice.screenshot("following-a-search-" + width);
            LessonsPage found = LessonsPage.open(alice, portalUrl(), "q=pagers");
            assertThat(found.titles()).isNotEmpty();
            Axe.check(alice, "lessons-found-" + width);
            pat.open(portalUrl() + "/publish");
            assertThat(pat.waitFor(By.id("main-content")).getText()).contains(stamp + " 1");
            Axe.check(pat, "publish-queue-with-reviews-" + width);
            pat.screenshot("publish-queue-with-reviews-" + width);
        }

        // 360 px: the header is one line; the menu opens the account and the navigation
        Object mainTop = ((JavascriptExecutor) alice.driver()).executeScript(
                "return document.getElementById('main-content').getBoundingClientRect().top + window.scrollY;");
        assertThat(((Number) mainTop).doubleValue()).as("px above the main content at 360 px").isLessThan(120);
        assertThat(alice.driver().findElement(By.id("portal-nav")).isDisplayed()).isFalse();
        alice.click(By.id("menu-toggle"));
        assertThat(alice.waitFor(By.id("nav-following")).isDisplayed()).isTrue();
        assertThat(alice.driver().findElement(By.id("sign-out")).isDisplayed()).isTrue();
        Axe.check(alice, "menu-open-360");
        alice.screenshot("menu-open-360");

        // 1600 px: every page's content starts where the header and navigation start, pages in columns too
        alice.driver().manage().window().setSize(new Dimension(1600, 900));
        for (String page : List.of("/home", "/lessons?q=pagers", "/lessons/new")) {
            alice.open(portalUrl() + page);
            alice.waitFor(By.cssSelector("#main-content h1"));
            Object lefts = ((JavascriptExecutor) alice.driver()).executeScript("const left = s => Math.round("
                    + "document.querySelector(s).getBoundingClientRect().left);"
                    + "return [left('.portal-header__name'), left('#portal-nav li'), left('#main-content h1')];");
            List<Integer> edges = ((List<?>) lefts).stream().map(left -> ((Number) left).intValue()).toList();
            assertThat(edges).as("left edges of the header, navigation and content of " + page)
                    .containsOnly(edges.get(0));
        }
    }

    /**
     * Working together (issue 16), at 1280 and 360 px: a lesson page with "Organisations using this lesson" and
     * "Questions to the team" and the "We are using this" dialog open, an organisation's page, the offer-of-help
     * dialog, and the administrators' list of pairings.
     */
    @Test
    void workingTogetherPagesOnWideAndNarrowScreens() {
        ExchangeFiles.importLessons(exchange, AccessibilityIT.class, SEARCHABLE);
        Browser alice = browsers.newBrowser();
        LandingPage.open(alice, portalUrl()).signIn().signInAs("alice", "demo").home();
        Browser adam = browsers.newBrowser();
        LandingPage.open(adam, portalUrl()).signIn().signInAs("adam", "demo").home();
        for (int width : new int[] {1280, 360}) {
            alice.driver().manage().window().setSize(new Dimension(width, 900));
            adam.driver().manage().window().setSize(new Dimension(width, 900));
            LessonsPage.open(alice, portalUrl(), "q=pagers");
            alice.click(By.linkText("Replacing pagers with secure messaging on night shifts"));
            alice.waitFor(By.id("questions"));
            assertThat(alice.waitFor(By.id("reuse")).getText()).contains("Organisations using this lesson");
            Axe.check(alice, "lesson-working-together-" + width);
            alice.screenshot("lesson-working-together-" + width);
            alice.click(By.id("reuse-record"));
            alice.waitFor(By.id("reuse-stage"));
            Axe.check(alice, "reuse-dialog-" + width);
            alice.open(portalUrl() + "/organisations/ZZ2");
            alice.waitFor(By.id("organisation-name"));
            Axe.check(alice, "organisation-page-" + width);
            alice.screenshot("organisation-page-" + width);

            adam.open(portalUrl() + "/organisations/QZZ");
            adam.click(By.id("offer-help"));
            adam.waitFor(By.id("offer-project-type"));
            Axe.check(adam, "offer-help-dialog-" + width);
            adam.open(portalUrl() + "/admin/pairings");
            adam.waitFor(By.cssSelector("#main-content h1"));
            Axe.check(adam, "admin-pairings-" + width);
        }
    }

    /** The pages everyone reaches before signing in: the front page and the footer's help, accessibility and privacy. */
    @Test
    void publicPagesOnWideAndNarrowScreens() {
        Browser visitor = browsers.newBrowser();
        for (int width : new int[] {1280, 360}) {
            visitor.driver().manage().window().setSize(new Dimension(width, 900));
            LandingPage landing = LandingPage.open(visitor, portalUrl());
            assertThat(landing.text()).as("the front page counts the lessons it holds").isNotBlank();
            assertThat(visitor.driver().findElements(By.cssSelector(".access-contact")))
                    .as("the front page says who to ask for access").isNotEmpty();
            Axe.check(visitor, "landing-" + width);
            visitor.screenshot("landing-" + width);
            for (String page : List.of("help", "accessibility", "privacy")) {
                visitor.open(portalUrl() + "/" + page);
                assertThat(visitor.waitFor(By.tagName("h1")).getText()).isNotBlank();
                Axe.check(visitor, page + "-" + width);
            }
        }
    }

    private Actor actorOf(String username) {
        return organisations.members().stream().filter(m -> username.equals(m.username())).findFirst()
                .map(m -> organisations.actor(m.id())).orElseThrow();
    }
}
