package org.lessonsportal.e2e.pages;

import org.lessonsportal.e2e.support.Browser;
import org.openqa.selenium.By;

/** The public front page. */
public class LandingPage {

    private final Browser browser;

    public LandingPage(Browser browser) {
        this.browser = browser;
        browser.waitFor(By.id("landing-sign-in"));
    }

    public static LandingPage open(Browser browser, String portalUrl) {
        browser.open(portalUrl + "/");
        return new LandingPage(browser);
    }

    public String heading() {
        return browser.waitFor(By.tagName("h1")).getText();
    }

    public String text() {
        return browser.waitFor(By.id("main-content")).getText();
    }

    public KeycloakLoginPage signIn() {
        browser.click(By.id("landing-sign-in"));
        return new KeycloakLoginPage(browser);
    }

    /** Sign-in while the identity provider is down. */
    public SignInUnavailablePage signInWhileUnavailable() {
        browser.click(By.id("landing-sign-in"));
        return new SignInUnavailablePage(browser);
    }
}
