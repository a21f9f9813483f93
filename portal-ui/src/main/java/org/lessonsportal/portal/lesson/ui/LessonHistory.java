package org.lessonsportal.portal.lesson.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import org.lessonsportal.domain.audit.AuditEntry;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonFields;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.lesson.RoundSummary;
import org.lessonsportal.domain.review.ReviewRecord;
import org.lessonsportal.domain.review.ReviewService;
import org.lessonsportal.domain.review.SectionComment;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.portal.base.ui.Formats;
import org.lessonsportal.portal.base.ui.Names;

/**
 * "Review and history" on the lesson page, for the people allowed to see it (its author, reviewers, publishers and
 * administrators): where the lesson is in review, each round with what its reviewers decided and said, and who did
 * what and when, with the reasons given.
 */
final class LessonHistory extends Section {

    private final Names names;

    LessonHistory(LessonDetails lesson, LessonService lessons, ReviewService reviews, Names names, Actor actor) {
        this.names = names;
        setId("lesson-history");
        addClassName("lesson-history");
        add(new H2("Review and history"));
        add(new Paragraph(situation(lesson.state())));

        List<RoundSummary> rounds = lessons.rounds(lesson.id(), actor);
        List<ReviewRecord> allReviews = reviews.reviewsOf(lesson.id(), actor);
        if (!rounds.isEmpty()) {
            add(new H3("Rounds of review"));
            OrderedList list = new OrderedList();
            list.setId("lesson-rounds");
            for (RoundSummary round : rounds) {
                ListItem item = new ListItem();
                item.add(new Paragraph("Round " + round.round() + ": submitted by " + names.person(round.submittedBy())
                        + " on " + Formats.dateTime(round.submittedAt())));
                List<ReviewRecord> ofRound = allReviews.stream().filter(r -> r.round() == round.round()).toList();
                if (!ofRound.isEmpty()) {
                    UnorderedList decisions = new UnorderedList();
                    ofRound.forEach(r -> decisions.add(review(r)));
                    item.add(decisions);
                }
                list.add(item);
            }
            add(list);
        }

        add(new H3("Who did what"));
        add(auditTrail(lessons.auditTrail(lesson.id(), actor)));
    }

    private OrderedList auditTrail(List<AuditEntry> trail) {
        OrderedList entries = new OrderedList();
        entries.setId("lesson-audit");
        entries.addClassName("audit-trail");
        for (AuditEntry entry : trail) {
            ListItem item = new ListItem();
            Span when = new Span(Formats.dateTime(entry.occurredAt()));
            when.addClassName("audit-trail__when");
            item.add(when, new Span(" — " + names.actor(entry) + ": " + entry.description()));
            if (entry.reason() != null) {
                Paragraph reason = new Paragraph("Reason: " + entry.reason());
                reason.addClassName("audit-trail__reason");
                item.add(reason);
            }
            entries.add(item);
        }
        return entries;
    }

    private ListItem review(ReviewRecord review) {
        ListItem item = new ListItem();
        item.addClassName("review-record");
        item.add(new Paragraph(names.person(review.reviewerId()) + ": " + review.decision().label()
                + " (" + Formats.dateTime(review.submittedAt()) + ")"
                + (review.hasCompetingInterests() ? ". Declared competing interests: "
                        + review.competingInterestsDetails() : "")));
        if (review.comment() != null) {
            Paragraph comment = new Paragraph(review.comment());
            comment.addClassName("prose");
            comment.addClassName("quote");
            item.add(comment);
        }
        for (SectionComment section : review.sectionComments()) {
            Paragraph comment = new Paragraph("On " + LessonFields.label(section.section()).toLowerCase(Locale.UK)
                    + ": " + section.comment());
            comment.addClassName("prose");
            comment.addClassName("quote");
            item.add(comment);
        }
        return item;
    }

    private static String situation(LessonState state) {
        return switch (state) {
            case DRAFT -> "This lesson is a draft. Only people in its organisation can see it.";
            case SUBMITTED -> "This lesson has been submitted and is waiting for reviewers.";
            case IN_REVIEW -> "This lesson is being reviewed.";
            case CHANGES_REQUESTED -> "This lesson is back with its author for changes.";
            case APPROVED -> "Reviewers have approved this lesson. It is waiting to be published.";
            case PUBLISHED -> "This lesson is published: everyone signed in to the portal can read it.";
            case ARCHIVED -> "This lesson has been archived as out of date.";
            case DECLINED -> "This lesson was declined after review and will not be published.";
            case WITHDRAWN -> "The author withdrew this lesson.";
        };
    }
}
