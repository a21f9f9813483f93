package org.lessonsportal.e2e.pages;

import java.time.Duration;
import org.lessonsportal.e2e.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

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
     * match whose label contains it is chosen), saying what they do there. It waits for the filtered items rather than
     * taking whatever the list shows: the filter reaches the server after the combo box's debounce, and an Enter on
     * the unfiltered list, or on one still loading, chooses nothing or another organisation.
     */
    public NoOrganisationPage askToJoin(String search, String note) {
        WebElement input = input("join-organisation-choice");
        input.click();
        input.sendKeys(search);
        By match = By.xpath("//vaadin-combo-box-item[contains(normalize-space(), '" + search + "')]");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> d.findElements(match).stream()
                .anyMatch(WebElement::isDisplayed));
        browser.driver().findElements(match).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow()
                .click();
        browser.waitForVaadin();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> input.getDomProperty("value")
                .contains(search));
        input("join-organisation-note").sendKeys(note);
        browser.click(By.id("join-organisation-ask"));
        browser.waitForVaadin();
        return this;
    }

    /** What the page says about a request that waits for an administrator. */
    public String waiting() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("join-waiting"))
                .isEmpty() || d.findElements(By.cssSelector("#join-organisation .error-summary")).stream()
                .anyMatch(WebElement::isDisplayed));
        if (browser.driver().findElements(By.id("join-waiting")).isEmpty()) {
            throw new AssertionError("The request was refused: " + browser.driver().findElement(By.cssSelector(
                    "#join-organisation .error-summary")).getText());
        }
        return browser.waitFor(By.id("join-waiting")).getText();
    }
}
