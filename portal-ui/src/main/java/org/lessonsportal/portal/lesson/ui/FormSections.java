package org.lessonsportal.portal.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The lesson form's sections, each a heading with an optional hint, found again by the reader's section keys so that
 * other pages can put something under a section (for example what reviewers said about it).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class FormSections {

    private final HasComponents form;
    private final Map<String, Section> sections = new LinkedHashMap<>();

    /** Adds a section to the end of the form. */
    Section add(String key, String heading, String hint) {
        Section section = new Section();
        section.addClassName("form-section");
        H2 h2 = new H2(heading);
        section.add(h2);
        if (hint != null) {
            Paragraph p = new Paragraph(hint);
            p.addClassName("hint");
            section.add(p);
        }
        sections.put(key, section);
        form.add(section);
        return section;
    }

    /** Another key for a section (one section holds two parts of the lesson). */
    void alias(String key, Section section) {
        sections.put(key, section);
    }

    /** Puts something under the heading and hint of a section; an unknown key means the first section. */
    void addUnder(String key, Component component, String fallbackKey) {
        Section section = sections.getOrDefault(key, sections.get(fallbackKey));
        section.addComponentAtIndex(Math.min(2, section.getComponentCount()), component);
    }
}
