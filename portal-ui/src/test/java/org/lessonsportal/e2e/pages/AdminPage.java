package org.lessonsportal.e2e.pages;

import org.lessonsportal.e2e.support.Browser;
import org.openqa.selenium.By;

/** The administrators' page, with its tabs. */
public class AdminPage extends VaadinPage {

    public AdminPage(Browser browser) {
        super(browser);
        browser.waitFor(By.id("admin-tabs"));
    }

    public AdminPage openTab(String label) {
        browser.click(By.xpath("//vaadin-tab[normalize-space()=\"" + label + "\"]"));
        return this;
    }

    public String visibleText() {
        return browser.waitFor(By.id("admin-tabs")).getText();
    }
}
