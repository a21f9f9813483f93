package org.lessonsportal.e2e.pages;

import org.lessonsportal.e2e.support.Browser;
import org.openqa.selenium.By;

/** Shown when the identity provider does not answer. */
public class SignInUnavailablePage {

    private final Browser browser;

    public SignInUnavailablePage(Browser browser) {
        this.browser = browser;
        browser.waitFor(By.id("sign-in-unavailable"));
    }

    public String heading() {
        return browser.waitFor(By.id("sign-in-unavailable")).getText();
    }

    public String text() {
        return browser.waitFor(By.id("main-content")).getText();
    }
}
