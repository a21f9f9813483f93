package org.lessonsportal.portal.lesson.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.identity.PublicAddress;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.portal.search.ui.SearchLinks;

/**
 * What a reader of a lesson's page can do besides reading it: go back to the search they found it by, and take a
 * published lesson away, as a PDF or printed (the page's print styles leave out everything but the lesson).
 */
final class LessonTakeAway {

    private LessonTakeAway() {
    }

    /** "Back to your search", when the page was reached from a search ({@link SearchLinks#FROM_SEARCH}). */
    static Optional<Anchor> backToSearch(QueryParameters pageParameters) {
        return SearchLinks.searchFoundFrom(pageParameters).map(address -> {
            Anchor back = new Anchor(address, "Back to your search");
            back.setId("back-to-search");
            back.addClassName("back-link");
            return back;
        });
    }

    /** Shown on paper only: where the printed lesson lives, "Printed from the Lessons Portal: https://…/lessons/42". */
    static Paragraph printedFrom(Long lessonId, PublicAddress address) {
        Paragraph source = new Paragraph("Printed from the Lessons Portal: " + address.of(PortalRoutes.lesson(lessonId)));
        source.setId("lesson-printed-from");
        source.addClassNames("print-only", "hint");
        return source;
    }

    /** "Download as PDF" and "Print this lesson", for a published lesson; nothing otherwise. */
    static Optional<Div> tools(LessonDetails lesson) {
        if (lesson.state() != LessonState.PUBLISHED) {
            return Optional.empty();
        }
        Anchor pdf = new Anchor(LessonPdfController.address(lesson.id()), "Download as PDF");
        pdf.setId("download-pdf");
        // a file, not a page of the portal: the browser fetches it, the portal's router must not
        pdf.setRouterIgnore(true);
        pdf.getElement().setAttribute("download", LessonPdfController.fileName(lesson));
        pdf.getElement().setAttribute("type", "application/pdf");
        Button print = new Button("Print this lesson",
                e -> e.getSource().getElement().executeJs("window.print()"));
        print.setId("print-lesson");
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div tools = new Div(pdf, print);
        tools.setId("lesson-take-away");
        tools.addClassName("lesson-take-away");
        return Optional.of(tools);
    }
}
