package org.lessonsportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lessonsportal.domain.lesson.LessonExchangeService;
import org.lessonsportal.e2e.pages.HomePage;
import org.lessonsportal.e2e.pages.LandingPage;
import org.lessonsportal.e2e.pages.LessonEditorPage;
import org.lessonsportal.e2e.pages.LessonPage;
import org.lessonsportal.e2e.support.Axe;
import org.lessonsportal.e2e.support.Browser;
import org.lessonsportal.e2e.support.BrowserExtension;
import org.lessonsportal.e2e.support.ExchangeFiles;
import org.lessonsportal.e2e.support.KeycloakAdmin;
import org.lessonsportal.e2e.support.KeycloakServer;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * From reading to working together (issue 16), in real browsers against the real Keycloak and the real process
 * engine: carol's organisation (Oakfield) says it is reusing a lesson of alice's organisation (Northshire) and asks
 * the team a question; alice, who is told, answers; carol sees the answer; "six months later" (the follow-up timer
 * shortened to seconds for this portal) carol is asked how it went, says so, and starts a lesson of her own that
 * builds on the first. Every page on the way is checked with axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lessons.reuse.follow-up-after=PT15S"})
class WorkingTogetherIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @RegisterExtension
    final BrowserExtension browsers = new BrowserExtension();

    @LocalServerPort
    int port;
    @Autowired
    LessonExchangeService exchange;

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        registry.add("lessons.oidc.issuer", () -> KeycloakServer.shared().issuerUri());
    }

    @BeforeEach
    void portalKnownToKeycloak() {
        new KeycloakAdmin(KeycloakServer.shared()).allowPortalAt(portalUrl());
    }

    @Test
    void anotherOrganisationReusesALessonIsAskedHowItWentAndWritesALessonThatBuildsOnIt() {
        String title = ExchangeFiles.uniqueTitle("Shared care record for district nurses");
        Long lessonId = ExchangeFiles.importNew(exchange, WorkingTogetherIT.class,
                "working-together-lesson.json", title);

        // alice, of the lesson's organisation (it was imported, so it has no author), wants to hear of questions
        Browser alice = browsers.newBrowser();
        LandingPage.open(alice, portalUrl()).signIn().signInAs("alice", "demo");
        LessonPage.open(alice, portalUrl(), lessonId).tellMeAboutQuestions();

        Browser carol = browsers.newBrowser();
        LandingPage.open(carol, portalUrl()).signIn().signInAs("carol", "demo");
        LessonPage lesson = LessonPage.open(carol, portalUrl(), lessonId);
        assertThat(lesson.reuse()).contains("No other organisation has said it is using this lesson yet.");
        lesson.sayWeAreUsingIt("Under way", "Our community nurses start in the spring.");
        assertThat(lesson.reuse()).contains("1 organisation is using this lesson:")
                .contains("Oakfield Medical Practice (ZZ3): under way. \"Our community nurses start in the spring.\"");
        Axe.check(carol, "lesson-page-reused");
        carol.screenshot("lesson-page-reused");

        String question = "How long did the tablet training take for each nurse?";
        lesson.askTheTeam(question);
        assertThat(lesson.questions()).contains(question).contains("Not answered yet.");
        Axe.check(carol, "lesson-page-question");

        // alice is told and answers
        new WebDriverWait(alice.driver(), PATIENCE, Duration.ofSeconds(2)).until(d ->
                HomePage.open(alice, portalUrl()).yourNotifications().contains(title));
        String answer = "About two hours, in pairs, then a champion on hand for the first week.";
        LessonPage.open(alice, portalUrl(), lessonId).answer("tablet training", answer);
        Axe.check(alice, "lesson-page-answered");
        alice.screenshot("lesson-page-answered");
        assertThat(LessonPage.open(carol, portalUrl(), lessonId).questions()).contains(question).contains(answer);

        // six months on, shortened: the follow-up timer asks carol's organisation how it went
        HomePage home = new WebDriverWait(carol.driver(), PATIENCE, Duration.ofSeconds(3)).until(d -> {
            HomePage page = HomePage.open(carol, portalUrl());
            return page.howDidItGo().contains(title) ? page : null;
        });
        assertThat(home.bellLabel()).as("told by a notification").doesNotContain("none unread");
        Axe.check(carol, "home-how-did-it-go");

        lesson = LessonPage.open(carol, portalUrl(), lessonId);
        assertThat(lesson.asksHowItWent()).isTrue();
        lesson.tellHowItWent("Live in four community teams in eight weeks; the training plan saved us a month.");
        assertThat(lesson.reuse()).contains("How it went: \"Live in four community teams in eight weeks");
        Axe.check(carol, "lesson-page-how-it-went");

        LessonEditorPage editor = lesson.writeALessonThatBuildsOnIt();
        assertThat(editor.buildsOnNote()).contains(title);
        editor.title("Our shared care record, after Northshire's").awaitSaved();
        Axe.check(carol, "lesson-editor-builds-on");
        LessonPage ours = LessonPage.open(carol, portalUrl(), editor.savedLessonId());
        assertThat(ours.buildsOn()).isEqualTo("This lesson builds on " + title + ".");
    }


    private String portalUrl() {
        return "http://localhost:" + port;
    }
}
