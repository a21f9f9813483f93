package org.lessonsportal.e2e.pages;

import org.lessonsportal.e2e.support.Browser;
import org.openqa.selenium.By;

/** The author's revise task: the reviewers' comments and the lesson form. */
public class RevisePage extends VaadinPage {

    public RevisePage(Browser browser) {
        super(browser);
        browser.waitFor(By.id("revise-title"));
    }

    public String reviewerComments() {
        return browser.waitFor(By.id("reviewer-comments")).getText();
    }

    /** The comments shown next to sections of the form. */
    public String commentsBesideSections() {
        return browser.driver().findElements(By.cssSelector(".reviewer-comment")).stream()
                .map(e -> e.getText()).reduce("", (a, b) -> a + "\n" + b);
    }

    public RevisePage outcomes(String text) {
        typeInto("lesson-outcomes", text);
        return this;
    }

    /** Waits until the status says the latest change is saved. */
    public RevisePage awaitSaved() {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                .until(d -> browser.waitFor(By.id("save-status")).getText().startsWith("Saved at"));
        return this;
    }

    public LessonPage resubmit() {
        browser.click(By.id("submit-lesson"));
        return new LessonPage(browser);
    }
}
