package org.lessonsportal.portal.about.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** A public page of plain text: a heading, then sections of paragraphs and lists. */
abstract class AboutPage extends Div {

    AboutPage(String id, String title) {
        addClassName("about-page");
        H1 heading = new H1(title);
        heading.setId(id);
        add(heading);
    }

    void section(String heading) {
        add(new H2(heading));
    }

    void paragraph(String text) {
        add(new Paragraph(text));
    }

    void list(String... items) {
        UnorderedList list = new UnorderedList();
        for (String item : items) {
            list.add(new ListItem(item));
        }
        add(list);
    }
}
