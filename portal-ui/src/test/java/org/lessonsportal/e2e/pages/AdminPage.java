package org.lessonsportal.e2e.pages;

import org.lessonsportal.e2e.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrators' pages: each part ("Organisations", "Members", "Import and export"…) has its own address and is
 * reached by a link in the administration's navigation.
 */
public class AdminPage extends VaadinPage {

    public AdminPage(Browser browser) {
        super(browser);
        browser.waitFor(By.id("admin-tabs"));
    }

    /** Follows the part's link and waits until it is the current one. */
    public AdminPage openTab(String label) {
        By link = By.xpath("//nav[@id='admin-tabs']//a[normalize-space()=\"" + label + "\"]");
        browser.click(link);
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.attributeToBe(link, "aria-current", "page"));
        browser.waitForVaadin();
        return this;
    }

    /** The label of the part shown. */
    public String currentTab() {
        return browser.waitFor(By.cssSelector("#admin-tabs a[aria-current='page']")).getText();
    }

    /** Types into the filter above the organisations' or members' list and waits for the list to follow. */
    public AdminPage filter(String text) {
        By field = By.cssSelector(".admin-filter input");
        browser.type(field, text);
        browser.waitFor(By.xpath("//p[@role='status' and contains(., '" + text + "')]"));
        return this;
    }

    public String visibleText() {
        return browser.waitFor(By.id("admin-page")).getText();
    }
}
