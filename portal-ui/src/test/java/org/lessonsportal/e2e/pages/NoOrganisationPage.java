package org.lessonsportal.e2e.pages;

import org.lessonsportal.e2e.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** What someone without an NHS organisation sees after signing in, with the organisation step. */
public class NoOrganisationPage extends VaadinPage {

    public NoOrganisationPage(Browser browser) {
        super(browser);
        browser.waitFor(By.id("no-organisation"));
    }

    @Override
    public String heading() {
        return browser.waitFor(By.id("no-organisation")).getText();
    }

    /**
     * Asks to join the organisation found by typing {@code search} (part of its name or its ODS code; the first
     * match is chosen), saying what they do there.
     */
    public NoOrganisationPage askToJoin(String search, String note) {
        WebElement input = input("join-organisation-choice");
        input.click();
        input.sendKeys(search);
        browser.waitForVaadin();
        browser.waitFor(By.cssSelector("vaadin-combo-box-item"));
        input.sendKeys(Keys.ARROW_DOWN);
        input.sendKeys(Keys.ENTER);
        browser.waitForVaadin();
        input("join-organisation-note").sendKeys(note);
        browser.click(By.id("join-organisation-ask"));
        browser.waitForVaadin();
        return this;
    }

    /** What the page says about a request that waits for an administrator. */
    public String waiting() {
        return browser.waitFor(By.id("join-waiting")).getText();
    }
}
