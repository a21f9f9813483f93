package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

/** A boxed part of a page (the {@code panel} style) that starts with its own heading. */
public final class Panel {

    private Panel() {
    }

    public static Div titled(String id, String heading) {
        Div panel = new Div();
        panel.addClassName("panel");
        panel.setId(id);
        panel.add(new H2(heading));
        return panel;
    }
}
