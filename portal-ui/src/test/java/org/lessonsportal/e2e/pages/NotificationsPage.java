package org.lessonsportal.e2e.pages;

import org.lessonsportal.e2e.support.Browser;
import org.openqa.selenium.By;

/** Someone's notifications. */
public class NotificationsPage extends VaadinPage {

    public NotificationsPage(Browser browser) {
        super(browser);
        // the summary always has words; an empty list has no height, so it is never "visible"
        browser.waitFor(By.id("notification-summary"));
    }

    public static NotificationsPage open(Browser browser, String portalUrl) {
        browser.open(portalUrl + "/notifications");
        return new NotificationsPage(browser);
    }

    public String notifications() {
        return browser.waitFor(By.id("notification-list")).getText();
    }
}
