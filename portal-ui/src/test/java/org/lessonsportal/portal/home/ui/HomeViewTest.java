package org.lessonsportal.portal.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonContent;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.portal.KaribuTest;
import org.lessonsportal.workflow.notification.NotificationKind;
import org.lessonsportal.workflow.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;

class HomeViewTest extends KaribuTest {

    @Autowired
    Notifications notifications;

    @Test
    void emptyListsSayWhatToDoNext() {
        signIn("newcomer", newOdsCode(), Roles.CONTRIBUTOR);
        navigate("home");

        assertThat(text("your-lessons")).contains("You have no drafts yet — start a new lesson");
        assertThat(text("your-tasks")).contains("You have no tasks right now");
        assertThat(text("your-notifications")).contains("You have no unread notifications");
    }

    @Test
    void listsTheAuthorsLessonsWithTheirState() {
        Person author = signIn("author", newOdsCode(), Roles.CONTRIBUTOR);
        lessons.createDraft(author.actor(), LessonContent.builder().title("My first draft lesson").build());
        navigate("home");

        assertThat(text("your-lessons")).contains("My first draft lesson").contains("Draft")
                .doesNotContain("You have no drafts yet");
    }

    @Test
    void unreadNotificationsShowTheirKindAndLinkToTheirLessonThroughTheNotification() {
        Person author = signIn("notified", newOdsCode(), Roles.CONTRIBUTOR);
        Long lessonId = lessons.createDraft(author.actor(), LessonContent.builder().title("Fax removal").build())
                .id();
        notifications.notify(author.id(), NotificationKind.PUBLISHED, lessonId, "Your lesson was published.");
        navigate("home");

        assertThat(text("your-notifications")).contains("Published", "Your lesson was published.");
        Anchor link = _get(Anchor.class, spec -> spec.withText("Your lesson was published."));
        // the notification's own address marks it read and goes on to the lesson (see BellTest)
        assertThat(link.getHref()).isEqualTo("notifications/" + notifications.list(author.id(), 0, 1).get(0).id());
    }

    private static String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
