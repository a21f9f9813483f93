package org.lessonsportal.e2e.pages;

import org.lessonsportal.e2e.support.Browser;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Any page of the portal for a signed-in person: the header tells who they are. */
public class PortalPage {

    private final Browser browser;

    public PortalPage(Browser browser) {
        this.browser = browser;
        // present, if not shown: on a narrow screen it is behind the "Menu" button
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
        browser.waitForVaadin();
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
        VaadinPage.clickMenuLink(browser, "sign-out");
        return new LandingPage(browser);
    }
}
