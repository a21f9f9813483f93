package org.lessonsportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonExchangeService;
import org.lessonsportal.e2e.pages.LandingPage;
import org.lessonsportal.e2e.pages.LessonPage;
import org.lessonsportal.e2e.support.Browser;
import org.lessonsportal.e2e.support.ExchangeFiles;
import org.lessonsportal.e2e.support.Keyboard;
import org.lessonsportal.e2e.support.PortalWithKeycloak;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Working together (issue 16) with the keyboard alone (Tab, Shift+Tab, arrows, Enter, Space, Escape and typing):
 * saying "We are using this" on another organisation's lesson and asking its team a question, and an organisation's
 * administrator offering help and withdrawing the offer. Each dialog takes the focus when it opens, and when it closes
 * the focus goes back to the button that opened it, or, when that button went with the change, to the redrawn
 * section's heading: never to the page's body, where the next Tab would start again from the top.
 */
class KeyboardWorkingTogetherIT extends PortalWithKeycloak {

    /** A type of project no other browser test offers help with; the test withdraws its offer again. */
    private static final String PROJECT_TYPE = "Fax machine removal";

    @Autowired
    LessonExchangeService exchange;

    @Test
    void sayingWeAreUsingALessonAndAskingItsTeamWithTheKeyboardOnly() {
        String title = ExchangeFiles.uniqueTitle("Electronic rostering for ward nurses");
        Long lessonId = ExchangeFiles.importNew(exchange, KeyboardWorkingTogetherIT.class,
                "keyboard-working-together-lesson.json", title);
        Browser carol = browsers.newBrowser();
        LandingPage.open(carol, portalUrl()).signIn().signInAs("carol", "demo").home();
        LessonPage lesson = LessonPage.open(carol, portalUrl(), lessonId);
        Keyboard keys = new Keyboard(carol);
        assertThat(lesson.reuse()).contains("No other organisation has said it is using this lesson yet.");

        // opened and left with Escape: the focus was in the dialog, and is back on "We are using this"
        keys.tabTo("reuse-record").enter();
        carol.waitFor(By.id("reuse-stage"));
        assertThat(keys.focusIsInADialog()).as("focus in the dialog, not %s", keys.focusDescription()).isTrue();
        keys.escape();
        assertThat(keys.focusIsIn("reuse-record")).as("focus back on the opener, not %s", keys.focusDescription())
                .isTrue();

        // opened again with Space; the stage by the arrows, a note, and Save
        keys.space();
        carol.waitFor(By.id("reuse-stage"));
        assertThat(keys.focusIsInADialog()).as("focus in the dialog, not %s", keys.focusDescription()).isTrue();
        keys.tabTo("reuse-stage").space().down();
        keys.tabTo("reuse-note").type("Our ward rosters move to the new system in the autumn.");
        keys.tabTo("reuse-save").enter();
        carol.waitFor(By.id("reuse-ours"));
        assertThat(lesson.reuse()).contains("1 organisation is using this lesson:")
                .contains("Oakfield Medical Practice (ZZ3): under way. \"Our ward rosters move to the new system in "
                        + "the autumn.\"");
        assertThat(keys.focusIsIn("reuse-heading")).as("the opener went with the change: focus on the section's "
                + "heading, not %s", keys.focusDescription()).isTrue();

        // a question to the team: typed, and sent with Enter on "Ask the team"
        String question = "How many weeks did it take before every ward used the new rosters?";
        keys.tabTo("question-text").type(question).tabTo("question-ask").enter();
        carol.waitFor(By.id("questions-list"));
        assertThat(lesson.questions()).contains(question).contains("Not answered yet.");
        assertThat(keys.focusIsIn("questions-heading")).as("the button went with the redraw: focus on the "
                + "section's heading, not %s", keys.focusDescription()).isTrue();
    }

    @Test
    void offeringHelpAndWithdrawingItWithTheKeyboardOnly() {
        Browser adam = browsers.newBrowser();
        LandingPage.open(adam, portalUrl()).signIn().signInAs("adam", "demo").home();
        adam.open(portalUrl() + "/organisations/QZZ");
        assertThat(adam.waitFor(By.id("organisation-help")).getText()).as("no offer left by an earlier run")
                .doesNotContain(PROJECT_TYPE);
        Keyboard keys = new Keyboard(adam);

        keys.tabTo("offer-help").enter();
        adam.waitFor(By.id("offer-project-type"));
        assertThat(keys.focusIsIn("offer-project-type")).as("focus on the dialog's first field, not %s",
                keys.focusDescription()).isTrue();
        assertThat(keys.focusIsInADialog()).isTrue();
        keys.type(PROJECT_TYPE).enter()
                .tabTo("offer-contact-name").type("Digital programme office")
                .tabTo("offer-contact-email").type("digital.programme@example.nhs.uk")
                .tabTo("offer-what").type("A one-hour call about removing the last fax machines, and our checklist.")
                .tabTo("offer-save").enter();
        new WebDriverWait(adam.driver(), Duration.ofSeconds(15)).until(d ->
                !adam.isPresent(By.id("offer-help-dialog")) && adam.isPresent(By.id("organisation-help-list")));
        String offered = adam.waitFor(By.id("organisation-help-list")).getText();
        assertThat(offered).contains(PROJECT_TYPE, "They can give: A one-hour call about removing the last fax "
                + "machines, and our checklist.", "Contact: Digital programme office, digital.programme@example.nhs.uk");
        assertThat(keys.focusIsIn("organisation-help-heading")).as("the opener went with the redraw: focus on the "
                + "section's heading, not %s", keys.focusDescription()).isTrue();

        // withdrawn: the confirmation takes the focus, on its confirming button
        String withdraw = adam.driver().findElement(By.xpath("//li[starts-with(@id,'organisation-offer-')][h3["
                + "normalize-space()='" + PROJECT_TYPE + "']]//vaadin-button[starts-with(@id,'offer-withdraw-')]"))
                .getAttribute("id");
        keys.shiftTabTo(withdraw).enter();
        // (the confirmation's own element stays unseen: its content is shown in an overlay)
        new WebDriverWait(adam.driver(), Duration.ofSeconds(10)).until(d -> keys.focusIsInADialog());
        assertThat(keys.focusedText()).as("focus on the confirming button").isEqualTo("Withdraw the offer");
        keys.enter();
        new WebDriverWait(adam.driver(), Duration.ofSeconds(15)).until(d ->
                !adam.waitFor(By.id("organisation-help")).getText().contains(PROJECT_TYPE));
        assertThat(keys.focusIsIn("organisation-help-heading")).as("after withdrawing, focus on the section's "
                + "heading, not %s", keys.focusDescription()).isTrue();
    }

}
