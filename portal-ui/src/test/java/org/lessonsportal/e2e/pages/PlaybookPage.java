package org.lessonsportal.e2e.pages;

import java.util.List;
import org.lessonsportal.e2e.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The challenge playbook of a type of project. */
public class PlaybookPage extends VaadinPage {

    public PlaybookPage(Browser browser) {
        super(browser);
        browser.waitFor(By.id("playbook-title"));
    }

    public static PlaybookPage open(Browser browser, String portalUrl, String query) {
        browser.open(portalUrl + "/playbook" + (query.isEmpty() ? "" : "?" + query));
        return new PlaybookPage(browser);
    }

    /** Chooses a care setting by typing its label and pressing Enter; the focus stays in the field. */
    public PlaybookPage setting(String label) {
        chooseAndStay("playbook-setting", label);
        return this;
    }

    /** "Clinical engagement — 2 of 2 lessons", most common first. */
    public List<String> challenges() {
        return browser.driver().findElements(By.cssSelector("#playbook-challenges .playbook-entry__heading"))
                .stream().map(WebElement::getText).toList();
    }

    public String status() {
        return browser.waitFor(By.id("playbook-status")).getText();
    }

    public String result() {
        return browser.waitFor(By.id("playbook-result")).getText();
    }
}
