package org.lessonsportal.e2e.pages;

import org.lessonsportal.e2e.support.Browser;
import org.openqa.selenium.By;

/** Writing (or editing) a lesson. */
public class LessonEditorPage extends VaadinPage {

    public LessonEditorPage(Browser browser) {
        super(browser);
        browser.waitFor(By.id("editor-title"));
    }

    public static LessonEditorPage openNew(Browser browser, String portalUrl) {
        browser.open(portalUrl + "/lessons/new");
        return new LessonEditorPage(browser);
    }

    /** "Your lesson will build on …", shown when the lesson was started from a lesson the organisation reused. */
    public String buildsOnNote() {
        return browser.waitFor(By.id("builds-on-note")).getText();
    }

    /** The saved lesson's id, from the address the page moved to after the first save ({@code lessons/42/edit}). */
    public Long savedLessonId() {
        String url = browser.currentUrl();
        return Long.valueOf(url.replaceAll(".*/lessons/([0-9]+)/edit.*", "$1"));
    }

    public LessonEditorPage title(String text) {
        typeInto("lesson-title", text);
        return this;
    }

    public LessonEditorPage summary(String text) {
        typeInto("lesson-summary", text);
        return this;
    }

    public LessonEditorPage projectType(String label) {
        choose("lesson-project-type", label);
        return this;
    }

    public LessonEditorPage setting(String label) {
        choose("lesson-settings", label);
        return this;
    }

    public LessonEditorPage region(String label) {
        choose("lesson-region", label);
        return this;
    }

    public LessonEditorPage completedOn(String date) {
        typeAndLeave("lesson-completed-on", date);
        return this;
    }

    public LessonEditorPage technology(String text) {
        choose("lesson-technologies", text);
        return this;
    }

    public LessonEditorPage context(String text) {
        typeInto("lesson-context", text);
        return this;
    }

    public LessonEditorPage approach(String text) {
        typeInto("lesson-approach", text);
        return this;
    }

    public LessonEditorPage outcomes(String text) {
        typeInto("lesson-outcomes", text);
        return this;
    }

    /** Fills challenge {@code n} (counted from 1). */
    public LessonEditorPage challenge(int n, String type, String whatHappened, String howResolved) {
        choose("challenge-" + n + "-type", type);
        typeInto("challenge-" + n + "-description", whatHappened);
        typeInto("challenge-" + n + "-resolution", howResolved);
        return this;
    }

    public LessonEditorPage recommendations(String text) {
        typeInto("lesson-recommendations", text);
        return this;
    }

    /** "Saved at 14:32", or what went wrong. */
    public String saveStatus() {
        return browser.waitFor(By.id("save-status")).getText();
    }

    /** Waits until the status says the latest change is saved. */
    public LessonEditorPage awaitSaved() {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                .until(d -> saveStatus().startsWith("Saved at"));
        return this;
    }

    public boolean hasErrorSummary() {
        return browser.isPresent(By.cssSelector("#error-summary:not([hidden])"))
                && browser.driver().findElement(By.id("error-summary")).isDisplayed();
    }

    public String errorSummary() {
        return browser.waitFor(By.id("error-summary")).getText();
    }

    public String contextError() {
        return fieldError("lesson-context");
    }

    /** Submits a lesson that still has problems: the editor stays, with the problems shown. */
    public LessonEditorPage submitExpectingProblems() {
        browser.click(By.id("submit-lesson"));
        browser.waitFor(By.id("error-summary"));
        return this;
    }

    /** Submits a complete lesson: its page opens. */
    public LessonPage submit() {
        browser.click(By.id("submit-lesson"));
        return new LessonPage(browser);
    }

    public LessonEditorPage openPreview() {
        browser.click(By.id("preview-lesson"));
        browser.waitFor(By.id("close-preview"));
        return this;
    }

    public LessonEditorPage closePreview() {
        browser.click(By.id("close-preview"));
        return this;
    }
}
