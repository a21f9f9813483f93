package org.lessonsportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonExchangeService;
import org.lessonsportal.e2e.pages.LandingPage;
import org.lessonsportal.e2e.pages.PlaybookPage;
import org.lessonsportal.e2e.pages.StartProjectPage;
import org.lessonsportal.e2e.support.Axe;
import org.lessonsportal.e2e.support.Browser;
import org.lessonsportal.e2e.support.ExchangeFiles;
import org.lessonsportal.e2e.support.PortalWithKeycloak;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Starting a project?" and the challenge playbook in a real browser: alice (Northshire, ZZ1) describes a virtual ward
 * project and is shown Riverside's lesson (ZZ2), not her own organisation's; she follows the link to the playbook of
 * the type and narrows it to a care setting, and the address follows. Both pages are checked with axe, also 360 px
 * wide. The browser tests' database has no demo lessons, so the test imports the lessons it needs (by id, so a second
 * run changes nothing) from {@code discover-lessons.json}.
 */
class DiscoverIT extends PortalWithKeycloak {

    @Autowired
    LessonExchangeService exchange;

    @BeforeEach
    void publishedLessons() {
        ExchangeFiles.importLessons(exchange, DiscoverIT.class, "discover-lessons.json");
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
