package org.lessonsportal.portal.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import java.time.Instant;
import java.util.List;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.portal.base.ui.Formats;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.workflow.review.ReviewTasks;
import org.lessonsportal.workflow.review.ReviewUnderWay;
import org.lessonsportal.workflow.review.ReviewUnderWay.OpenReview;

/**
 * Part of the publish queue: lessons whose reviewers are at work, with each review not sent yet (who, from where,
 * since when, due when), and a way to give a review to another eligible reviewer.
 */
class ReviewsUnderWaySection extends Section {

    private final ReviewTasks reviewTasks;
    private final Actor actor;
    private final Runnable changed;
    private final Div content = new Div();

    /**
     * @param changed runs after a review was given to someone else (the page refreshes)
     */
    ReviewsUnderWaySection(ReviewTasks reviewTasks, Actor actor, Runnable changed) {
        this.reviewTasks = reviewTasks;
        this.actor = actor;
        this.changed = changed;
        setId("reviews-under-way");
        H2 heading = new H2("Reviews under way");
        heading.setId("reviews-under-way-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        Paragraph hint = new Paragraph("Lessons reviewers are working on, with the reviews not sent yet. If a "
                + "reviewer cannot finish, give their review to someone else.");
        hint.addClassName("hint");
        add(heading, hint, content);
    }

    void refresh() {
        content.removeAll();
        List<ReviewUnderWay> underWay;
        try {
            underWay = reviewTasks.reviewsUnderWay(actor);
        } catch (DomainException e) {
            content.add(panel(e.getMessage(), "reviews-under-way-problem"));
            return;
        }
        if (underWay.isEmpty()) {
            content.add(panel("No lessons are being reviewed right now. When reviewers are working on a lesson, "
                    + "their reviews appear here.", "reviews-under-way-empty"));
            return;
        }
        underWay.forEach(lesson -> content.add(card(lesson)));
    }

    private Section card(ReviewUnderWay lesson) {
        Section card = new Section();
        card.addClassName("card");
        card.setId("under-way-" + lesson.lessonId());
        H3 heading = new H3();
        heading.add(new Anchor(PortalRoutes.lesson(lesson.lessonId()), Formats.title(lesson.lessonTitle())));
        card.add(heading);
        card.add(new Paragraph("From " + lesson.organisationName() + ", round " + lesson.round() + "."));
        UnorderedList reviews = new UnorderedList();
        reviews.addClassName("item-list");
        Instant now = Instant.now();
        for (OpenReview review : lesson.openReviews()) {
            reviews.add(item(lesson, review, now));
        }
        card.add(reviews);
        return card;
    }

    private ListItem item(ReviewUnderWay lesson, OpenReview review, Instant now) {
        ListItem item = new ListItem();
        item.setId("open-review-" + review.taskId());
        Div about = new Div();
        Span who = new Span(review.reviewerName() + (review.reviewerOrganisationName() == null ? ""
                : ", " + review.reviewerOrganisationName()));
        who.addClassName("task-list__link");
        about.add(who);
        about.add(new Paragraph("Reviewing round " + review.round() + " since " + Formats.date(review.since()) + "."
                + (review.dueAt() == null ? "" : " Due " + Formats.date(review.dueAt()) + ".")));
        if (review.isOverdue(now)) {
            Span overdue = new Span("Overdue");
            overdue.addClassNames("tag", "tag--overdue");
            about.add(overdue);
        }
        Button give = new Button("Give to another reviewer", e -> open(lesson, review));
        give.setId("reassign-review-" + review.taskId());
        give.getElement().setAttribute("aria-label", "Give to another reviewer: " + review.reviewerName()
                + "'s review of " + (lesson.lessonTitle() == null ? "an untitled lesson" : lesson.lessonTitle()));
        item.add(about, give);
        return item;
    }

    private void open(ReviewUnderWay lesson, OpenReview review) {
        try {
            new ReassignReviewDialog(reviewTasks, actor, lesson.lessonId(), review, chosen -> {
                Notification.show("The review has been given to " + chosen.name() + ".", 6000,
                        Notification.Position.TOP_CENTER);
                changed.run();
            }).open();
        } catch (DomainException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.TOP_CENTER);
            changed.run();
        }
    }

    private static Paragraph panel(String text, String id) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("panel");
        paragraph.setId(id);
        return paragraph;
    }
}
