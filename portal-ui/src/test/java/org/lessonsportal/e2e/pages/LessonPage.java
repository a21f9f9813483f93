package org.lessonsportal.e2e.pages;

import org.lessonsportal.e2e.support.Browser;
import org.openqa.selenium.By;

/** One lesson's page. */
public class LessonPage extends VaadinPage {

    public LessonPage(Browser browser) {
        super(browser);
        browser.waitFor(By.id("lesson-title"));
    }

    public String title() {
        return browser.waitFor(By.id("lesson-title")).getText();
    }

    public String state() {
        return browser.waitFor(By.id("lesson-state")).getText();
    }

    public boolean showsHistory() {
        return browser.isPresent(By.id("lesson-history"));
    }
}
