package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** An error page in plain English: what happened as its heading, what to do about it, and the way to the front page. */
abstract class PlainErrorPage extends Div {

    PlainErrorPage(String headingId, String heading, String whatToDo) {
        H1 title = new H1(heading);
        title.setId(headingId);
        add(title);
        add(new Paragraph(whatToDo));
        add(new Paragraph(new Anchor("", "Go to the Lessons Portal front page")));
    }
}
