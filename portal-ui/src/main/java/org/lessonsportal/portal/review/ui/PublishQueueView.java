package org.lessonsportal.portal.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.review.ReviewService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.identity.CurrentUserService;
import org.lessonsportal.portal.base.ui.Lede;
import org.lessonsportal.portal.base.ui.MainLayout;
import org.lessonsportal.portal.base.ui.Names;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.portal.notification.ui.NotificationBroadcaster;
import org.lessonsportal.workflow.review.EligibleReviewer;
import org.lessonsportal.workflow.review.ReviewTask;
import org.lessonsportal.workflow.review.ReviewTasks;

/**
 * For publishers: lessons waiting for a publisher, oldest due first. Approved lessons with their reviews (publish,
 * or send back to the author with a reason); lessons that need reviewers chosen, or another reviewer after one
 * stepped aside; and lessons the reviewers recommended declining (decline, or approve anyway with a reason, which a
 * second publisher confirms). Below them, the reviews under way, each of which can be given to another reviewer
 * ({@link ReviewsUnderWaySection}). The cards and what they do are {@link PublishQueueCards}.
 */
@Route(value = PortalRoutes.PUBLISH, layout = MainLayout.class)
@PageTitle("Publish queue - Lessons Portal")
@RolesAllowed(Roles.PUBLISHER)
class PublishQueueView extends Div {

    private final ReviewTasks reviewTasks;
    private final Actor actor;
    private final Div queue = new Div();
    private final ReviewsUnderWaySection underWay;
    private final PublishQueueCards cards;

    PublishQueueView(ReviewTasks reviewTasks, ReviewService reviews, LessonService lessons,
            OrganisationService organisations, CurrentUserService currentUsers, NotificationBroadcaster broadcaster) {
        this.reviewTasks = reviewTasks;
        this.actor = currentUsers.require().actor();
        this.cards = new PublishQueueCards(reviewTasks, reviews, lessons, new Names(organisations), actor,
                this::refresh);
        add(new H1("Publish queue"));
        add(Lede.of("Lessons waiting for a publisher. You cannot publish lessons you wrote or "
                + "reviewed, or lessons from your own organisation: another publisher needs to check them."));
        queue.setId("publish-queue");
        add(queue);
        underWay = new ReviewsUnderWaySection(reviewTasks, actor, this::refresh);
        add(underWay);
        refresh();
        broadcaster.keepUpdated(queue, actor.memberId(), this::refresh);
    }

    void refresh() {
        underWay.refresh();
        queue.removeAll();
        List<ReviewTask> tasks = reviewTasks.openTasks(actor).stream().filter(t -> t.kind().forPublishers()).toList();
        if (tasks.isEmpty()) {
            Paragraph none = new Paragraph("Nothing is waiting for a publisher right now. Approved lessons appear "
                    + "here.");
            none.addClassName("panel");
            none.setId("publish-queue-empty");
            queue.add(none);
            return;
        }
        tasks.forEach(task -> queue.add(cards.card(task)));
    }

    static String describe(EligibleReviewer reviewer) {
        return reviewer.name() + ", " + reviewer.organisationName() + (reviewer.expertiseMatches()
                ? " (knows this type of project" : " (") + (reviewer.expertiseMatches() ? ", " : "")
                + reviewer.openReviews() + " open reviews)";
    }
}
