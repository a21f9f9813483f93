package org.lessonsportal.e2e.pages;

import org.lessonsportal.e2e.support.Browser;
import org.openqa.selenium.By;

/** A signed-in person's home page. */
public class HomePage extends VaadinPage {

    public HomePage(Browser browser) {
        super(browser);
        browser.waitFor(By.id("home-title"));
    }

    public static HomePage open(Browser browser, String portalUrl) {
        browser.open(portalUrl + "/home");
        return new HomePage(browser);
    }

    public String yourLessons() {
        return browser.waitFor(By.id("your-lessons")).getText();
    }

    public String yourTasks() {
        return browser.waitFor(By.id("your-tasks")).getText();
    }

    /** The "How did it go?" panel (lessons the organisation reuses and was asked about), or an empty string. */
    public String howDidItGo() {
        return browser.isPresent(By.id("how-did-it-go"))
                ? browser.driver().findElement(By.id("how-did-it-go")).getText() : "";
    }

    public String yourNotifications() {
        return browser.waitFor(By.id("your-notifications")).getText();
    }
}
