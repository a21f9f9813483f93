package org.lessonsportal.e2e.pages;

import org.lessonsportal.e2e.support.Browser;
import org.openqa.selenium.By;

/** Keycloak's error page, e.g. when a sign-in through a broker is refused. */
public class KeycloakErrorPage {

    private final Browser browser;

    public KeycloakErrorPage(Browser browser) {
        this.browser = browser;
        browser.waitFor(By.id("kc-error-message"));
    }

    /** The message shown to the person. */
    public String message() {
        return browser.waitFor(By.cssSelector("#kc-error-message .instruction")).getText();
    }

    /** Everything the page says. */
    public String text() {
        return browser.waitFor(By.tagName("body")).getText();
    }

    public String currentUrl() {
        return browser.currentUrl();
    }
}
