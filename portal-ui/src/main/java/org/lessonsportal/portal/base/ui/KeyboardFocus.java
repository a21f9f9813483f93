package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;

/**
 * Where the keyboard focus goes: the skip link moves it to the main content without leaving the page, and after
 * moving to another page it goes to that page's heading, so keyboard and screen reader users start reading there
 * instead of on the navigation link they pressed.
 */
final class KeyboardFocus {

    static final String MAIN_ID = "main-content";

    /** Focuses the main region's first h1 (made focusable by script only: tabindex -1), or the main region. */
    private static final String FOCUS_HEADING = """
            const main = document.getElementById($0);
            if (main) {
              const heading = main.querySelector('h1');
              const target = heading || main;
              if (!target.hasAttribute('tabindex')) {
                target.setAttribute('tabindex', '-1');
              }
              target.focus({preventScroll: true});
              window.scrollTo(0, 0);
            }
            """;

    private KeyboardFocus() {
    }

    /**
     * "Skip to main content": handled in the browser, because the page's base address would make a plain
     * {@code #main-content} link load the home page. Without script it still points at the main region.
     */
    static Anchor skipLink() {
        Anchor skip = new Anchor("#" + MAIN_ID, "Skip to main content");
        skip.setId("skip-link");
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("""
                this.addEventListener('click', event => {
                  event.preventDefault();
                  const main = document.getElementById($0);
                  if (main) {
                    main.focus();
                    main.scrollIntoView();
                  }
                });
                """, MAIN_ID);
        return skip;
    }

    /** Moves the focus to the new page's heading (after the page's content is in the browser). */
    static void toHeading(UI ui) {
        ui.getPage().executeJs(FOCUS_HEADING, MAIN_ID);
    }
}
