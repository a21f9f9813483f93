package org.lessonsportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lessonsportal.e2e.pages.LandingPage;
import org.lessonsportal.e2e.pages.LessonEditorPage;
import org.lessonsportal.e2e.pages.LessonPage;
import org.lessonsportal.e2e.support.Browser;
import org.lessonsportal.e2e.support.Keyboard;
import org.lessonsportal.e2e.support.PortalWithKeycloak;

/**
 * The keyboard alone (Tab, Shift+Tab, Enter, Space and typing): the skip link, moving between pages by the menu (the
 * focus lands on each new page's heading), and writing, previewing and submitting a lesson - every field, the
 * challenge block, the preview and the submit button are reachable and operable without a mouse.
 */
class KeyboardSubmitIT extends PortalWithKeycloak {

    @Test
    void theSkipLinkMenuAndAWholeSubmissionWithTheKeyboardOnly() {
        Browser alice = browsers.newBrowser();
        LandingPage.open(alice, portalUrl()).signIn().signInAs("alice", "demo").home();
        Keyboard keys = new Keyboard(alice);
        String home = alice.currentUrl();

        // the first Tab reaches "Skip to main content"; Enter moves the focus to the main region, on the same page
        keys.tab();
        assertThat(keys.focusedId()).isEqualTo("skip-link");
        keys.enter();
        assertThat(keys.focusedId()).isEqualTo("main-content");
        assertThat(alice.currentUrl()).isEqualTo(home);
        keys.tab();
        assertThat(keys.focusIsIn("main-content")).as("the next Tab is inside the main content").isTrue();

        // a menu link: the new page's heading has the focus, not the link pressed
        keys.shiftTabTo("nav-lessons").enter();
        alice.waitFor(org.openqa.selenium.By.id("search-text"));
        assertThat(keys.focusIsOnHeading()).as("focus on the Lessons page's heading, not %s", keys.focusedId())
                .isTrue();
        keys.shiftTabTo("nav-new-lesson").enter();
        new LessonEditorPage(alice);
        assertThat(keys.focusIsOnHeading()).as("focus on the editor's heading, not %s", keys.focusedId()).isTrue();

        String title = "Going paperless in a GP practice " + UUID.randomUUID().toString().substring(0, 6)
                .toUpperCase(Locale.ROOT);
        keys.tabTo("lesson-title").type(title)
                .tabTo("lesson-summary").type("How a practice of 12,000 patients scanned its paper records and "
                        + "stopped printing letters.");
        keys.shiftTabTo("lesson-title");
        assertThat(keys.focusIsIn("lesson-title")).isTrue();
        keys.tabTo("lesson-project-type").type("Going paperless").enter()
                .tabTo("lesson-settings").type("Primary care (GP)").enter()
                .tabTo("lesson-region").type("London").enter()
                .tabTo("lesson-completed-on").type("28/2/2024").enter()
                .tabTo("lesson-context").type("Paper records filled two rooms and letters were printed daily.")
                .tabTo("lesson-approach").type("We scanned the records over six months and switched letters to "
                        + "the NHS App.")
                .tabTo("lesson-outcomes").type("Both rooms became clinic rooms; printing fell by 90%.")
                .tabTo("challenge-1-type").type("Training and adoption").enter()
                .tabTo("challenge-1-description").type("Reception staff worried about finding records quickly.")
                .tabTo("challenge-1-resolution").type("We trained them in small groups and kept a help sheet.")
                .tabTo("lesson-recommendations").type("Scan the most used records first.");

        keys.tabTo("preview-lesson").space();
        alice.waitFor(org.openqa.selenium.By.id("close-preview"));
        alice.screenshot("lesson-preview-keyboard");
        keys.tabTo("close-preview").enter();

        keys.shiftTabTo("submit-lesson").enter();
        LessonPage submitted = new LessonPage(alice);

        assertThat(submitted.title()).isEqualTo(title);
        assertThat(keys.focusIsOnHeading()).as("after submitting, focus on the lesson's heading, not %s",
                keys.focusedId()).isTrue();
        assertThat(submitted.state()).isIn("Submitted", "In review");
        assertThat(submitted.text()).contains("Primary care (GP)", "London", "Training and adoption",
                "Scan the most used records first.");
    }
}
