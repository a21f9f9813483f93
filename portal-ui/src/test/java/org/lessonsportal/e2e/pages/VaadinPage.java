package org.lessonsportal.e2e.pages;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.e2e.support.Browser;
import org.lessonsportal.e2e.support.Keyboard;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * What every page of the signed-in portal offers: the header and navigation, and helpers for Vaadin's fields (whose
 * {@code <input>} and {@code <textarea>} are in the light DOM, inside the element with the field's id).
 */
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class VaadinPage {

    protected final Browser browser;

    public String heading() {
        return browser.waitFor(By.tagName("h1")).getText();
    }

    /** The main content's text. */
    public String text() {
        return browser.waitFor(By.id("main-content")).getText();
    }

    public Browser browser() {
        return browser;
    }

    // ------------------------------------------------------------------------------------------------ navigation

    public HomePage goHome() {
        clickMenuLink(browser, "nav-home");
        return new HomePage(browser);
    }

    public LessonsPage goToLessons() {
        clickMenuLink(browser, "nav-lessons");
        return new LessonsPage(browser);
    }

    public LessonEditorPage startNewLesson() {
        clickMenuLink(browser, "nav-new-lesson");
        return new LessonEditorPage(browser);
    }

    public TasksPage goToTasks() {
        clickMenuLink(browser, "nav-tasks");
        return new TasksPage(browser);
    }

    public PublishQueuePage goToPublishQueue() {
        clickMenuLink(browser, "nav-publish");
        return new PublishQueuePage(browser);
    }

    public AdminPage goToAdmin() {
        clickMenuLink(browser, "nav-admin");
        return new AdminPage(browser);
    }

    public NotificationsPage openNotifications() {
        browser.click(By.id("notifications-bell"));
        return new NotificationsPage(browser);
    }

    /** Follows a menu link; on a narrow screen, where the menu is folded, opens it first as a person would. */
    public static void clickMenuLink(Browser browser, String id) {
        browser.waitForVaadin();
        boolean folded = browser.driver().findElements(By.id(id)).stream().noneMatch(link -> link.isDisplayed());
        if (folded && browser.driver().findElements(By.id("menu-toggle")).stream().anyMatch(b -> b.isDisplayed())) {
            browser.click(By.id("menu-toggle"));
            browser.waitForVaadin();
        }
        browser.click(By.id(id));
    }

    /**
     * Opens the page again every second (the workflow works in the background) until it shows what the test waits
     * for; after 60 seconds fails with the problem the page describes.
     */
    protected static <P extends VaadinPage> P reopenUntil(P page, Predicate<P> shows, Supplier<P> reopen,
            Function<P, String> problem) {
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        P current = page;
        while (!shows.test(current)) {
            if (Instant.now().isAfter(end)) {
                throw new IllegalStateException(problem.apply(current));
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            current = reopen.get();
        }
        return current;
    }

    /** The bell's accessible name, e.g. "Notifications, 1 unread". */
    public String bellLabel() {
        return browser.waitFor(By.id("notifications-bell")).getAttribute("aria-label");
    }

    /** The {@code aria-current} of a navigation link, or {@code null}. */
    public String ariaCurrentOf(String navId) {
        return browser.waitFor(By.id(navId)).getAttribute("aria-current");
    }

    // ------------------------------------------------------------------------------------------------- fields

    protected void typeInto(String fieldId, String text) {
        WebElement input = input(fieldId);
        input.clear();
        input.sendKeys(text);
        browser.waitForVaadin();
    }

    /** Types into a field, confirms with Enter (closing a date picker's calendar, say) and moves on with Tab. */
    protected void typeAndLeave(String fieldId, String text) {
        WebElement input = input(fieldId);
        input.clear();
        input.sendKeys(text);
        browser.waitForVaadin();
        input.sendKeys(Keys.ENTER);
        browser.waitForVaadin();
        input.sendKeys(Keys.TAB);
        browser.waitForVaadin();
    }

    protected WebElement input(String fieldId) {
        browser.waitFor(By.id(fieldId));
        List<WebElement> inputs = browser.driver().findElements(By.cssSelector("#" + fieldId + " input, #" + fieldId
                + " textarea"));
        if (inputs.isEmpty()) {
            throw new IllegalStateException("No input in #" + fieldId);
        }
        return inputs.get(0);
    }

    /** Chooses an item of a combo box (or one more of a multi-select combo box) by typing its label. */
    protected void choose(String fieldId, String label) {
        WebElement input = chooseAndStay(fieldId, label);
        input.sendKeys(Keys.TAB);
        browser.waitForVaadin();
    }

    /** Chooses an item of a combo box by typing its label and pressing Enter; the focus stays in the field. */
    protected WebElement chooseAndStay(String fieldId, String label) {
        WebElement input = input(fieldId);
        input.click();
        input.sendKeys(label);
        browser.waitForVaadin();
        input.sendKeys(Keys.ENTER);
        browser.waitForVaadin();
        return input;
    }

    protected void chooseRadio(String groupId, String label) {
        browser.click(By.xpath("//*[@id='" + groupId + "']//vaadin-radio-button[.//label[normalize-space()='"
                + label + "']]//label"));
    }

    /** The error message a field shows, or an empty string. */
    public String fieldError(String fieldId) {
        List<WebElement> messages = browser.driver().findElements(By.cssSelector("#" + fieldId
                + " > [slot='error-message']"));
        return messages.isEmpty() ? "" : messages.get(0).getText();
    }

    /** Clicks the visible button with exactly this text (for dialogs, whose buttons have no id). */
    protected void clickButton(String text) {
        List<WebElement> buttons = browser.driver().findElements(By.xpath("//vaadin-button[normalize-space()='"
                + text + "']"));
        WebElement visible = buttons.stream().filter(WebElement::isDisplayed).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("No visible button \"" + text + "\""));
        visible.click();
        browser.waitForVaadin();
    }

    /** The element that has the keyboard focus, looking inside shadow roots. */
    public WebElement focused() {
        return (WebElement) ((JavascriptExecutor) browser.driver()).executeScript(
                "let a = document.activeElement;"
                        + "while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }"
                        + "return a;");
    }

    /** Whether the focus is in the element with this id (a field's input, or the element itself). */
    public boolean focusIsIn(String id) {
        return new Keyboard(browser).focusIsIn(id);
    }
}
