package org.lessonsportal.e2e.pages;

import java.util.List;
import org.lessonsportal.e2e.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The list of published lessons. */
public class LessonsPage extends VaadinPage {

    public LessonsPage(Browser browser) {
        super(browser);
        browser.waitFor(By.id("lesson-filters"));
    }

    public List<String> titles() {
        return browser.driver().findElements(By.cssSelector("#lesson-list .card h2")).stream()
                .map(WebElement::getText).toList();
    }

    public LessonsPage filterByRegion(String label) {
        choose("filter-region", label);
        return this;
    }

    public LessonPage open(String title) {
        browser.click(By.linkText(title));
        return new LessonPage(browser);
    }
}
