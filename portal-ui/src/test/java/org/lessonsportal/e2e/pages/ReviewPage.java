package org.lessonsportal.e2e.pages;

import org.lessonsportal.e2e.support.Browser;
import org.openqa.selenium.By;

/** A reviewer's task: the lesson and the review form. */
public class ReviewPage extends VaadinPage {

    public ReviewPage(Browser browser) {
        super(browser);
        browser.waitFor(By.id("review-title"));
    }

    public ReviewPage noCompetingInterest() {
        chooseRadio("competing-interest", "No, I have no competing interest");
        return this;
    }

    public boolean decisionEnabled() {
        return browser.waitFor(By.id("review-decision")).getAttribute("disabled") == null;
    }

    public ReviewPage approve() {
        chooseRadio("review-decision", "Approve: ready to publish");
        return this;
    }

    public ReviewPage askForChanges() {
        chooseRadio("review-decision", "Ask the author for changes");
        return this;
    }

    public ReviewPage comment(String text) {
        typeInto("review-comment", text);
        return this;
    }

    /** The overall comment as the form holds it (e.g. restored from the saved draft). */
    public String comment() {
        return input("review-comment").getDomProperty("value");
    }

    /** What the draft's status line says: "Saved at 14:32", "Restored your review as saved at …". */
    public String saveStatus() {
        return browser.waitFor(By.id("review-save-status")).getText();
    }

    public ReviewPage commentOn(String sectionKey, String text) {
        typeInto("section-comment-" + sectionKey, text);
        return this;
    }

    /** What the author changed since this reviewer's last review (empty in the first round). */
    public String changes() {
        return browser.isPresent(By.id("changes-summary")) ? browser.waitFor(By.id("changes-summary")).getText()
                : "";
    }

    public TasksPage send() {
        browser.click(By.id("send-review"));
        return new TasksPage(browser);
    }
}
