package org.lessonsportal.portal.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lessonsportal.domain.lesson.LessonFields;
import org.lessonsportal.domain.review.ReviewRecord;
import org.lessonsportal.domain.review.SectionComment;

/** A review's own words as quotes: its comment on the whole lesson, then each comment on a section. */
final class ReviewQuotes {

    private ReviewQuotes() {
    }

    /** The comment (when there is one), then "On the outcome: ..." for each section commented on. */
    static List<Component> of(ReviewRecord review) {
        List<Component> quotes = new ArrayList<>();
        if (review.comment() != null) {
            quotes.add(quote(review.comment()));
        }
        for (SectionComment section : review.sectionComments()) {
            quotes.add(quote("On " + LessonFields.label(section.section()).toLowerCase(Locale.UK) + ": "
                    + section.comment()));
        }
        return quotes;
    }

    private static Paragraph quote(String text) {
        Paragraph quote = new Paragraph(text);
        quote.addClassNames("prose", "quote");
        return quote;
    }
}
