package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * On a narrow screen the account details and the navigation fold behind a "Menu" button, so the header takes one line
 * instead of half the screen. The button shows only on narrow screens (styles.css, "Shell: small screens"); it says
 * whether the menu is open ({@code aria-expanded}) and which parts it opens ({@code aria-controls}).
 */
final class SmallScreenMenu {

    static final String OPEN = "portal--menu-open";

    private final Button button = new Button("Menu");
    private final HasStyle frame;
    private boolean open;

    SmallScreenMenu(HasStyle frame, String... controls) {
        this.frame = frame;
        button.setId("menu-toggle");
        button.addClassName("menu-toggle");
        Icon icon = VaadinIcon.MENU.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        button.setIcon(icon);
        button.getElement().setAttribute("aria-controls", String.join(" ", controls));
        button.addClickListener(e -> setOpen(!open));
        setOpen(false);
    }

    Button button() {
        return button;
    }

    boolean isOpen() {
        return open;
    }

    void setOpen(boolean open) {
        this.open = open;
        button.getElement().setAttribute("aria-expanded", String.valueOf(open));
        frame.setClassName(OPEN, open);
    }
}
