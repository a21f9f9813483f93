package org.lessonsportal.e2e.pages;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.lessonsportal.e2e.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The "Lessons" page: search of the published lessons, with facets, passages and pages. */
public class LessonsPage extends VaadinPage {

    public LessonsPage(Browser browser) {
        super(browser);
        browser.waitFor(By.id("search-text"));
    }

    /** Opens a search by its address, e.g. {@code q=fax&region=london}. */
    public static LessonsPage open(Browser browser, String portalUrl, String queryString) {
        browser.open(portalUrl + "/lessons" + (queryString == null || queryString.isEmpty() ? "" : "?" + queryString));
        return new LessonsPage(browser);
    }

    /** Types the words into the search box and presses Enter. */
    public LessonsPage search(String words) {
        WebElement input = input("search-text");
        input.clear();
        input.sendKeys(words);
        browser.waitForVaadin();
        input.sendKeys(Keys.ENTER);
        // the results change in place; the address says when this search has been shown
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> words.strip().equals(addressWords()));
        browser.waitForVaadin();
        return this;
    }

    /** The words in the address's query string ({@code q}), or an empty string. */
    public String addressWords() {
        String url = browser.currentUrl();
        int question = url.indexOf('?');
        if (question < 0) {
            return "";
        }
        for (String pair : url.substring(question + 1).split("&")) {
            if (pair.startsWith("q=")) {
                return URLDecoder.decode(pair.substring(2), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    /** The titles of the lessons on this page of results. */
    public List<String> titles() {
        return browser.driver().findElements(By.cssSelector("#lesson-list .card h2")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
    }

    /** "3 lessons found for ‘fax’", or an empty string when the search could not run. */
    public String status() {
        List<WebElement> status = browser.driver().findElements(By.id("search-status"));
        return status.isEmpty() ? "" : status.get(0).getText();
    }

    /** The labels, with counts, of a facet's values, e.g. {@code "Acute hospital (2)"}; facet ids are "facet-region". */
    public List<String> facetValues(String facetId) {
        return browser.driver().findElements(By.cssSelector("#" + facetId + " vaadin-checkbox label")).stream()
                .map(label -> label.getAttribute("textContent").strip()).toList();
    }

    /** Ticks (or unticks) the value of a facet whose label starts with this text, opening the facet if closed. */
    public LessonsPage tick(String facetId, String labelStart) {
        WebElement details = browser.waitFor(By.id(facetId));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
            browser.waitForVaadin();
        }
        WebElement checkbox = details.findElements(By.cssSelector("vaadin-checkbox")).stream()
                .filter(box -> box.findElement(By.tagName("label")).getAttribute("textContent").strip()
                        .startsWith(labelStart))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No value \"" + labelStart + "\" in #" + facetId));
        checkbox.findElement(By.tagName("label")).click();
        browser.waitForVaadin();
        return this;
    }

    /** The address the browser shows (the search is in its query string). */
    public String address() {
        return browser.currentUrl();
    }

    public LessonPage open(String title) {
        browser.click(By.linkText(title));
        return new LessonPage(browser);
    }
}
