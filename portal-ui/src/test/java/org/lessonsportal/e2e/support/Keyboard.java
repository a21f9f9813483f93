package org.lessonsportal.e2e.support;

import lombok.RequiredArgsConstructor;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Someone using only the keyboard: Tab, Shift+Tab, Enter, Space and typing. Keys go to whatever has the focus, as a
 * real keyboard's do; nothing is clicked.
 */
@RequiredArgsConstructor
public final class Keyboard {

    private static final int MAX_STEPS = 200;

    private final Browser browser;

    /** Presses Tab until the focus is in the element with this id. */
    public Keyboard tabTo(String id) {
        return move(id, Keys.TAB);
    }

    /** Presses Shift+Tab until the focus is in the element with this id. */
    public Keyboard shiftTabTo(String id) {
        return move(id, Keys.chord(Keys.SHIFT, Keys.TAB));
    }

    private Keyboard move(String id, CharSequence key) {
        for (int i = 0; i < MAX_STEPS; i++) {
            if (focusIsIn(id)) {
                return this;
            }
            new Actions(browser.driver()).sendKeys(key).perform();
            browser.waitForVaadin();
        }
        throw new IllegalStateException("The keyboard focus never reached #" + id + " in " + MAX_STEPS + " steps; "
                + "it is on " + focusDescription());
    }

    /** Presses Tab once. */
    public Keyboard tab() {
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        browser.waitForVaadin();
        return this;
    }

    /** The id of the focused element (inside shadow roots, the host's), or its tag name when it has none. */
    public String focusedId() {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "const a = document.activeElement; return a ? (a.id || a.tagName) : 'nothing';"));
    }

    /** Whether the focus is on the main region's page heading (h1). */
    public boolean focusIsOnHeading() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "const a = document.activeElement;"
                        + "return !!a && a.tagName === 'H1' && !!a.closest('#main-content');"));
    }

    public Keyboard type(String text) {
        new Actions(browser.driver()).sendKeys(text).perform();
        browser.waitForVaadin();
        return this;
    }

    public Keyboard enter() {
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.waitForVaadin();
        return this;
    }

    public Keyboard space() {
        new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
        browser.waitForVaadin();
        return this;
    }

    /** Presses the down arrow once (in a radio group, it checks the next choice). */
    public Keyboard down() {
        new Actions(browser.driver()).sendKeys(Keys.ARROW_DOWN).perform();
        browser.waitForVaadin();
        return this;
    }

    /** Presses Escape once. */
    public Keyboard escape() {
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.waitForVaadin();
        return this;
    }

    /** Whether the keyboard focus is inside an open dialog (Vaadin puts a dialog's content in an overlay). */
    public boolean focusIsInADialog() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "let a = document.activeElement;"
                        + "while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }"
                        + "while (a) {"
                        + "  if (a.matches && a.matches('vaadin-dialog-overlay, vaadin-confirm-dialog-overlay')) {"
                        + "    return true; }"
                        + "  a = a.parentNode instanceof ShadowRoot ? a.parentNode.host : a.parentNode; }"
                        + "return false;"));
    }

    /** The visible text of the focused element (a button's label), looking inside shadow roots. */
    public String focusedText() {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "let a = document.activeElement;"
                        + "while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }"
                        + "return a ? (a.innerText || '').trim() : '';"));
    }

    /** Whether the keyboard focus is in the element with this id (looking inside shadow roots). */
    public boolean focusIsIn(String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "let a = document.activeElement; const target = document.getElementById(arguments[0]);"
                        + "if (!target) { return false; }"
                        + "while (a) { if (a === target || target.contains(a)) { return true; }"
                        + "  a = a.shadowRoot ? a.shadowRoot.activeElement : null; }"
                        + "return false;", id));
    }

    /** Where the focus is, for messages: "VAADIN-BUTTON in #offer-help". */
    public String focusDescription() {
        Object description = ((JavascriptExecutor) browser.driver()).executeScript(
                "let a = document.activeElement;"
                        + "while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }"
                        + "if (!a) { return 'nothing'; }"
                        + "let host = a.closest('[id]'); return a.tagName + (host ? ' in #' + host.id : '');");
        return String.valueOf(description);
    }
}
