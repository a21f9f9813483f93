package org.lessonsportal.e2e.pages;

import org.lessonsportal.e2e.support.Browser;
import org.openqa.selenium.By;

/** Someone's open tasks. */
public class TasksPage extends VaadinPage {

    public TasksPage(Browser browser) {
        super(browser);
        browser.waitFor(By.id("task-list"));
    }

    public static TasksPage open(Browser browser, String portalUrl) {
        browser.open(portalUrl + "/tasks");
        return new TasksPage(browser);
    }

    public String tasks() {
        return browser.waitFor(By.id("task-list")).getText();
    }

    public boolean hasTask(String linkText) {
        return tasks().contains(linkText);
    }

    /**
     * Waits (reloading now and then; the workflow assigns tasks in the background) until a task link with this text
     * is listed.
     */
    public TasksPage awaitTask(String portalUrl, String linkText) {
        return reopenUntil(this, page -> page.hasTask(linkText), () -> open(browser, portalUrl),
                page -> "No task \"" + linkText + "\" after 60 seconds:\n" + page.tasks());
    }

    public ReviewPage openReview(String lessonTitle) {
        browser.click(By.linkText("Review this lesson: " + lessonTitle));
        return new ReviewPage(browser);
    }

    public RevisePage openRevise(String lessonTitle) {
        browser.click(By.linkText("Revise the lesson and resubmit it: " + lessonTitle));
        return new RevisePage(browser);
    }
}
