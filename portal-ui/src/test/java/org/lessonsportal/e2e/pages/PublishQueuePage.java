package org.lessonsportal.e2e.pages;

import java.time.Duration;
import org.lessonsportal.e2e.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A publisher's queue. */
public class PublishQueuePage extends VaadinPage {

    public PublishQueuePage(Browser browser) {
        super(browser);
        browser.waitFor(By.id("publish-queue"));
    }

    public static PublishQueuePage open(Browser browser, String portalUrl) {
        browser.open(portalUrl + "/publish");
        return new PublishQueuePage(browser);
    }

    public String queue() {
        return browser.waitFor(By.id("publish-queue")).getText();
    }

    /** Waits (reloading now and then) until the lesson is in the queue. */
    public PublishQueuePage awaitLesson(String portalUrl, String title) {
        return reopenUntil(this, page -> page.queue().contains(title), () -> open(browser, portalUrl),
                page -> "\"" + title + "\" is not in the publish queue:\n" + page.queue());
    }

    public PublishQueuePage publish(String title) {
        WebElement card = browser.driver().findElement(By.xpath("//section[contains(@class,'card')][.//h2[normalize-space()='"
                + title + "']]"));
        card.findElement(By.xpath(".//vaadin-button[normalize-space()='Publish']")).click();
        browser.waitForVaadin();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                d.findElements(By.xpath("//vaadin-button[normalize-space()='Publish']")).stream()
                        .filter(WebElement::isDisplayed).count() > 1);
        clickButton("Publish");
        return new PublishQueuePage(browser);
    }
}
