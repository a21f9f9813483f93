package org.lessonsportal.e2e.pages;

import org.lessonsportal.e2e.support.Browser;
import org.openqa.selenium.By;

/** Any page of the portal for a signed-in person: the header tells who they are. */
public class PortalPage {

    private final Browser browser;

    public PortalPage(Browser browser) {
        this.browser = browser;
        browser.waitFor(By.id("sign-out"));
    }

    public String userName() {
        return browser.waitFor(By.id("user-name")).getText();
    }

    public String organisation() {
        return browser.waitFor(By.id("user-organisation")).getText();
    }

    public String roles() {
        return browser.waitFor(By.id("user-roles")).getText();
    }

    public String heading() {
        return browser.waitFor(By.tagName("h1")).getText();
    }

    /** Signing in lands on the home page. */
    public HomePage home() {
        return new HomePage(browser);
    }

    public LandingPage signOut() {
        browser.click(By.id("sign-out"));
        return new LandingPage(browser);
    }
}
