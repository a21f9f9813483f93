package org.lessonsportal.e2e.pages;

import java.time.Duration;
import java.util.List;
import org.lessonsportal.e2e.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** "Starting a project?": describe a project, see similar lessons from other organisations. */
public class StartProjectPage extends VaadinPage {

    public StartProjectPage(Browser browser) {
        super(browser);
        browser.waitFor(By.id("start-title"));
    }

    /** Follows the "Starting a project?" link of the navigation. */
    public static StartProjectPage fromNavigation(Browser browser) {
        clickMenuLink(browser, "nav-start");
        return new StartProjectPage(browser);
    }

    /** Types the description and waits until the lessons found for it (or that none were) are shown. */
    public StartProjectPage describe(String text) {
        String before = status();
        WebElement input = input("project-description");
        input.clear();
        input.sendKeys(text);
        // the page looks once typing pauses; leaving the field makes it look at once
        input.sendKeys(Keys.TAB);
        browser.waitForVaadin();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> !status().isEmpty() && !status().equals(before));
        return this;
    }

    public StartProjectPage projectType(String label) {
        choose("project-type", label);
        return this;
    }

    /** What the results' status line says, e.g. "We found 2 lessons from other organisations like your project." */
    public String status() {
        return browser.driver().findElement(By.id("similar-lessons-status")).getText();
    }

    /** The titles of the similar lessons shown, most similar first. */
    public List<String> titles() {
        return browser.driver().findElements(By.cssSelector("#similar-lessons-list .similar-lesson__title"))
                .stream().map(WebElement::getText).toList();
    }

    /** The text of the results (organisations, reasons). */
    public String results() {
        return browser.waitFor(By.id("similar-lessons")).getText();
    }

    public PlaybookPage openPlaybook() {
        browser.click(By.id("start-playbook-link"));
        return new PlaybookPage(browser);
    }
}
