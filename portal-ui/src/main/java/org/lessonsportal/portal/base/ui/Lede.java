package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.component.html.Paragraph;

/** The sentence or two under a page's heading that says what the page is for, set a little larger than the rest. */
public final class Lede {

    private Lede() {
    }

    public static Paragraph of(String text) {
        Paragraph lede = new Paragraph(text);
        lede.addClassName("lede");
        return lede;
    }
}
