package org.lessonsportal.portal.lesson.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import org.lessonsportal.domain.search.SimilarLesson;
import org.lessonsportal.domain.search.SimilarLessons;
import org.lessonsportal.portal.base.ui.Formats;
import org.lessonsportal.portal.base.ui.PortalRoutes;

/**
 * "Similar lessons" on a published lesson's page: the published lessons most like it, each with its organisation and
 * why it matched ("Same type of project (…); mentions cutover and PAS.").
 */
class SimilarLessonsSection extends Section {

    /** How many similar lessons a lesson's page shows. */
    static final int SIZE = 5;

    SimilarLessonsSection(SimilarLessons similar) {
        setId("similar-lessons");
        addClassName("lesson-similar");
        H2 heading = new H2("Similar lessons");
        heading.setId("similar-lessons-title");
        getElement().setAttribute("aria-labelledby", "similar-lessons-title");
        add(heading);
        add(new Paragraph("Other published lessons about the same kind of project or the same problems."));
        UnorderedList list = new UnorderedList();
        list.addClassName("lesson-similar__list");
        for (SimilarLesson lesson : similar.lessons()) {
            list.add(item(lesson));
        }
        add(list);
    }

    private static ListItem item(SimilarLesson lesson) {
        ListItem item = new ListItem();
        item.addClassName("lesson-similar__item");
        Anchor link = new Anchor(PortalRoutes.lesson(lesson.lessonId()),
                Formats.title(lesson.title()));
        link.addClassName("lesson-similar__title");
        item.add(link);
        SimilarLesson.ContactPoint contact = lesson.contact();
        if (contact != null && contact.organisationName() != null && !contact.organisationName().isBlank()) {
            Paragraph from = new Paragraph("From " + contact.organisationName()
                    + (contact.organisationOdsCode() == null || contact.organisationOdsCode().isBlank() ? ""
                            : " (" + contact.organisationOdsCode() + ")"));
            from.addClassName("lesson-similar__from");
            item.add(from);
        }
        String why = lesson.reason() == null ? "" : lesson.reason().describe(lesson.projectType());
        if (!why.isBlank()) {
            Paragraph reason = new Paragraph(why);
            reason.addClassNames("hint", "lesson-similar__reason");
            item.add(reason);
        }
        return item;
    }
}
