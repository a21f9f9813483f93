package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** "Who to ask": the configured contact (a mailto link when it is an e-mail address), or the organisation's team. */
public final class AccessContact {

    private AccessContact() {
    }

    /** A sentence starting with {@code lead}, e.g. "To get an account, " + "contact …". */
    public static Paragraph sentence(PortalSettings settings, String lead) {
        Paragraph paragraph = new Paragraph();
        paragraph.addClassName("access-contact");
        if (!settings.hasAccessContact()) {
            paragraph.add(new Span(lead + "ask your organisation's digital or informatics team."));
        } else if (settings.accessContactIsEmail()) {
            Anchor mail = new Anchor("mailto:" + settings.accessContact(), settings.accessContact());
            mail.getElement().setAttribute("router-ignore", true);
            mail.setId("access-contact");
            paragraph.add(new Span(lead + "e-mail "), mail, new Span("."));
        } else {
            Span contact = new Span(settings.accessContact());
            contact.setId("access-contact");
            paragraph.add(new Span(lead + "contact "), contact, new Span("."));
        }
        return paragraph;
    }
}
