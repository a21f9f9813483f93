package org.lessonsportal.portal.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.portal.ReviewProcessTest;
import org.lessonsportal.portal.base.ui.ErrorView;
import org.lessonsportal.workflow.notification.NotificationKind;
import org.lessonsportal.workflow.notification.Notifications;
import org.lessonsportal.workflow.review.ReviewDecision;
import org.lessonsportal.workflow.review.ReviewTask;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell counts what still needs its person: opening a notification, finishing the work and "mark all" clear it. */
class BellTest extends ReviewProcessTest {

    @Autowired
    Notifications notifications;

    @Test
    void openingANotificationMarksItReadAndGoesToItsLesson() {
        String ods = newOdsCode();
        Person alice = signIn("alice", ods, Roles.CONTRIBUTOR);
        Long lesson = publishedLesson("Paperless outpatients " + ods, ods, ProjectType.ELECTRONIC_PATIENT_RECORD);
        notifications.notify(alice.id(), NotificationKind.PUBLISHED, lesson, "Your lesson was published.");
        navigate("notifications");
        assertThat(bellLabel()).isEqualTo("Notifications, 1 unread");

        Anchor link = _get(Anchor.class, spec -> spec.withText("Your lesson was published."));
        navigate(link.getHref());

        assertThat(notifications.unreadCount(alice.id())).isZero();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("lessons/" + lesson);
        assertThat(bellLabel()).isEqualTo("Notifications, none unread");
    }

    @Test
    void someoneElsesNotificationCannotBeOpened() {
        Person alice = person("alice", newOdsCode(), Roles.CONTRIBUTOR);
        Long hers = notifications.notify(alice.id(), NotificationKind.REMINDER, null, "For Alice only.").id();
        Person bob = signIn("bob", newOdsCode(), Roles.CONTRIBUTOR);
        navigate("notifications/" + hers);
        assertThat(_get(ErrorView.class).getElement().getTextRecursively())
                .contains("We could not find that notification.");
        assertThat(notifications.unreadCount(alice.id())).isEqualTo(1);
        assertThat(notifications.unreadCount(bob.id())).isZero();
    }

    @Test
    void markAllAsReadEmptiesTheBell() {
        Person alice = signIn("alice", newOdsCode(), Roles.CONTRIBUTOR);
        for (int i = 1; i <= 3; i++) {
            notifications.notify(alice.id(), NotificationKind.REMINDER, null, "Reminder " + i);
        }
        navigate("notifications");
        assertThat(bellLabel()).isEqualTo("Notifications, 3 unread");
        assertThat(_find(ListItem.class, spec -> spec.withClasses("notification--unread"))).hasSize(3);

        _click(_get(NotificationsView.class).markAll);

        assertThat(notifications.unreadCount(alice.id())).isZero();
        assertThat(bellLabel()).isEqualTo("Notifications, none unread");
        assertThat(_find(ListItem.class, spec -> spec.withClasses("notification--unread"))).isEmpty();
        assertThat(_get(NotificationsView.class).markAll.isVisible()).isFalse();
    }

    @Test
    void aRequestWhoseWorkIsDoneStopsCountingForItsPersonOnly() {
        LessonDetails draft = submitted("One record for three sites " + newOdsCode());
        ReviewTask firstReview = awaitBothReviews(draft.id());

        actAs(second);
        navigate("home");
        await("the second reviewer's bell counts the request", () -> bellLabel().equals("Notifications, 1 unread"));

        reviewTasks.completeReview(firstReview.id(), first.actor(), ReviewDecision.approve("Clear."));

        assertThat(notifications.unreadCount(first.id())).as("the first reviewer sent the review").isZero();
        assertThat(notifications.list(first.id(), 0, 10)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.REVIEW_ASSIGNED);
            assertThat(n.isRead()).isTrue();
        });
        assertThat(notifications.unreadCount(second.id())).as("the second reviewer still has to").isEqualTo(1);

        review(second, draft.id(), ReviewDecision.approve(null));
        await("the second reviewer's open page shows the bell empty",
                () -> bellLabel().equals("Notifications, none unread"));
    }

    private static String bellLabel() {
        return _get(Anchor.class, spec -> spec.withId("notifications-bell")).getElement().getAttribute("aria-label");
    }
}
