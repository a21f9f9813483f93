package org.lessonsportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lessonsportal.domain.lesson.ImportProgress;
import org.lessonsportal.domain.lesson.ImportReport;
import org.lessonsportal.domain.lesson.LessonExchangeService;
import org.lessonsportal.e2e.pages.LandingPage;
import org.lessonsportal.e2e.pages.PlaybookPage;
import org.lessonsportal.e2e.pages.StartProjectPage;
import org.lessonsportal.e2e.support.Axe;
import org.lessonsportal.e2e.support.Browser;
import org.lessonsportal.e2e.support.BrowserExtension;
import org.lessonsportal.e2e.support.PortalWithKeycloak;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

/**
 * "Starting a project?" and the challenge playbook in a real browser: alice (Northshire, ZZ1) describes a virtual ward
 * project and is shown Riverside's lesson (ZZ2), not her own organisation's; she follows the link to the playbook of
 * the type and narrows it to a care setting, and the address follows. Both pages are checked with axe, also 360 px
 * wide. The browser tests' database has no demo lessons, so the test imports the lessons it needs (by id, so a second
 * run changes nothing).
 */
class DiscoverIT extends PortalWithKeycloak {

    private static final String LESSONS = """
            {"format": "lessons-exchange/1", "lessons": [
             {"id": "discover-it-riverside-1", "title": "A virtual ward for frail people at home",
              "summary": "How a community trust watched frail patients at home with pulse oximeters and daily calls.",
              "projectType": "remote-monitoring", "settings": ["community"], "region": "midlands",
              "organisation": {"odsCode": "ZZ2", "name": "Riverside Community Health NHS Trust"},
              "completedOn": "2024-06-30",
              "context": "Frail patients were admitted for observation that could be done at home.",
              "approach": "A virtual ward: pulse oximeters, a tablet, and a daily call from the community nursing team.",
              "outcomes": "Fewer admissions for observation; patients liked staying at home.",
              "challenges": [
                {"type": "clinical-engagement", "description": "Consultants doubted that home readings were safe.",
                 "resolution": "A consultant from the frailty team joined the daily huddle for the first month."},
                {"type": "infrastructure-hardware", "description": "Tablets arrived late from the supplier.",
                 "resolution": "We started with phones borrowed from the community teams."}],
              "recommendations": "Agree the escalation rules with consultants before the first patient.",
              "technologies": ["Virtual ward platform"], "tags": ["pulse oximeters"]},
             {"id": "discover-it-riverside-2", "title": "Remote monitoring of heart failure in the community",
              "summary": "Weighing scales and blood pressure cuffs at home for people with heart failure.",
              "projectType": "remote-monitoring", "settings": ["community"], "region": "midlands",
              "organisation": {"odsCode": "ZZ2", "name": "Riverside Community Health NHS Trust"},
              "completedOn": "2024-09-30",
              "context": "Heart failure nurses could not see early signs of fluid build-up between clinics.",
              "approach": "Patients sent daily weight and blood pressure readings; nurses reviewed alerts.",
              "outcomes": "Earlier changes to medicines and fewer emergency visits.",
              "challenges": [
                {"type": "clinical-engagement", "description": "GPs were unsure who acted on alerts.",
                 "resolution": "A one-page agreement said the heart failure nurses act on every alert."}],
              "recommendations": "Decide who acts on alerts, and when, before you start."},
             {"id": "discover-it-northshire-1", "title": "Our own virtual ward with pulse oximeters",
              "summary": "Northshire's virtual ward for frail patients at home with pulse oximeters.",
              "projectType": "remote-monitoring", "settings": ["acute"], "region": "north-west",
              "organisation": {"odsCode": "ZZ1", "name": "Northshire Hospitals NHS Foundation Trust"},
              "completedOn": "2024-05-31",
              "context": "Frail patients stayed in hospital for observation that could be done at home.",
              "approach": "A virtual ward with pulse oximeters and daily calls.",
              "outcomes": "Shorter stays.",
              "challenges": [
                {"type": "training-adoption", "description": "Staff had not used the platform.",
                 "resolution": "Short training sessions on each ward."}],
              "recommendations": "Start small."}]}
            """;

    @RegisterExtension
    final BrowserExtension browsers = new BrowserExtension();

    @Autowired
    LessonExchangeService exchange;

    @BeforeEach
    void publishedLessons() {
        ImportReport report = exchange.importAsSystem(new ByteArrayResource(LESSONS.getBytes(StandardCharsets.UTF_8)),
                ImportProgress.none());
        assertThat(report.rejected()).isEmpty();
    }

    @Test
    void aliceFindsWhoDidItBeforeAndTheirPlaybook() {
        Browser alice = browsers.newBrowser();
        LandingPage.open(alice, portalUrl()).signIn().signInAs("alice", "demo").home();

        StartProjectPage start = StartProjectPage.fromNavigation(alice);
        assertThat(start.heading()).isEqualTo("Starting a project?");
        assertThat(start.ariaCurrentOf("nav-start")).isEqualTo("page");
        assertThat(start.text()).contains("Tell us a little more about your project");
        Axe.check(alice, "start-project-empty");

        start.describe("We want a virtual ward so frail patients can stay at home, with pulse oximeters and a "
                + "daily call from nurses.");
        assertThat(start.titles()).contains("A virtual ward for frail people at home")
                .doesNotContain("Our own virtual ward with pulse oximeters");
        assertThat(start.status()).startsWith("We found ").endsWith("like your project.");
        assertThat(start.results()).contains("Riverside Community Health NHS Trust (ODS code ZZ2)")
                .contains("Remote monitoring and virtual wards").containsIgnoringCase("mentions");

        start.projectType("Remote monitoring and virtual wards");
        assertThat(start.results()).contains("Same type of project (Remote monitoring and virtual wards)");
        Axe.check(alice, "start-project");
        alice.screenshot("start-project");

        PlaybookPage playbook = start.openPlaybook();
        assertThat(alice.currentUrl()).endsWith("/playbook?projectType=remote-monitoring");
        assertThat(playbook.heading()).isEqualTo("Challenge playbook");
        assertThat(playbook.challenges()).isNotEmpty();
        assertThat(playbook.challenges().get(0)).startsWith("Clinical engagement — ");
        assertThat(playbook.result()).contains("A consultant from the frailty team joined the daily huddle")
                .contains("Riverside Community Health NHS Trust (ODS code ZZ2)");
        Axe.check(alice, "playbook");

        playbook.setting("Community health");
        assertThat(alice.currentUrl()).endsWith("/playbook?projectType=remote-monitoring&setting=community");
        assertThat(playbook.status()).contains("(care setting: Community health)");
        assertThat(playbook.result()).doesNotContain("Short training sessions on each ward.");
        Axe.check(alice, "playbook-setting");
        alice.screenshot("playbook");

        // the address is the playbook: opened again, it shows the same
        PlaybookPage reopened = PlaybookPage.open(alice, portalUrl(), "projectType=remote-monitoring&setting=community");
        assertThat(reopened.challenges()).isEqualTo(playbook.challenges());

        alice.driver().manage().window().setSize(new Dimension(360, 800));
        Axe.check(alice, "playbook-360");
        alice.screenshot("playbook-360");
        StartProjectPage narrow = StartProjectPage.fromNavigation(alice)
                .describe("A virtual ward with pulse oximeters for frail patients at home.");
        assertThat(narrow.titles()).contains("A virtual ward for frail people at home");
        Axe.check(alice, "start-project-360");
        alice.screenshot("start-project-360");
    }
}
