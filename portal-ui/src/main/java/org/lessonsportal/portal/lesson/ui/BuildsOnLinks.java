package org.lessonsportal.portal.lesson.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonSummary;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.portal.base.ui.PortalRoutes;

/**
 * "Builds on" on a lesson's page (issue 16): the earlier lesson this one builds on, if the reader may see it, and the
 * published lessons that build on this one. Nothing is shown when there is neither.
 */
class BuildsOnLinks extends Div {

    BuildsOnLinks(LessonDetails lesson, LessonService lessons, Actor actor) {
        setId("builds-on");
        addClassName("builds-on");
        base(lesson, lessons, actor).ifPresent(base -> {
            Paragraph line = new Paragraph(new Span("This lesson builds on "),
                    new Anchor(PortalRoutes.lesson(base.id()), base.title()), new Span("."));
            line.setId("builds-on-base");
            add(line);
        });
        List<LessonSummary> later = lessons.buildingOn(lesson.id());
        if (!later.isEmpty()) {
            Paragraph intro = new Paragraph(later.size() == 1 ? "1 lesson builds on this one:"
                    : later.size() + " lessons build on this one:");
            UnorderedList list = new UnorderedList();
            list.setId("built-on-by");
            later.forEach(l -> list.add(new ListItem(new Anchor(PortalRoutes.lesson(l.id()), l.title()))));
            add(intro, list);
        }
        setVisible(getChildren().findAny().isPresent());
    }

    private static Optional<LessonDetails> base(LessonDetails lesson, LessonService lessons, Actor actor) {
        if (lesson.buildsOnId() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(lessons.get(lesson.buildsOnId(), actor));
        } catch (NotFoundException e) {
            return Optional.empty(); // archived away or out of the reader's sight: say nothing
        }
    }
}
