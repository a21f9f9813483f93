package org.lessonsportal.e2e.pages;

import org.lessonsportal.e2e.support.Browser;
import org.openqa.selenium.By;

/** What someone without an NHS organisation sees after signing in. */
public class NoOrganisationPage {

    private final Browser browser;

    public NoOrganisationPage(Browser browser) {
        this.browser = browser;
        browser.waitFor(By.id("no-organisation"));
    }

    public String heading() {
        return browser.waitFor(By.id("no-organisation")).getText();
    }

    public String text() {
        return browser.waitFor(By.id("main-content")).getText();
    }
}
