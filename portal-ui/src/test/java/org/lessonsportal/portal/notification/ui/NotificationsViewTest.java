package org.lessonsportal.portal.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.portal.KaribuTest;
import org.lessonsportal.workflow.notification.NotificationKind;
import org.lessonsportal.workflow.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationsViewTest extends KaribuTest {

    @Autowired
    Notifications notifications;

    @Test
    void aNewNotificationAppearsWithoutAReloadAndCanBeMarkedRead() {
        Person alice = signIn("alice", newOdsCode(), Roles.CONTRIBUTOR);
        navigate("home");
        Anchor bell = _get(Anchor.class, spec -> spec.withId("notifications-bell"));
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("Notifications, none unread");

        notifications.notify(alice.id(), NotificationKind.PUBLISHED, null, "Your lesson was published.");

        await("the bell shows the new notification",
                () -> "Notifications, 1 unread".equals(bell.getElement().getAttribute("aria-label")));
        await("the home page lists it", () -> _get(Div.class, spec -> spec.withId("your-notifications"))
                .getElement().getTextRecursively().contains("Your lesson was published."));

        navigate("notifications");
        NotificationsView view = _get(NotificationsView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Unread", "Your lesson was published.",
                "You have 1 unread notification.");
        _click(_get(Button.class, spec -> spec.withText("Mark as read")));
        assertThat(notifications.unreadCount(alice.id())).isZero();
        assertThat(view.getElement().getTextRecursively()).contains("You have read all your notifications.")
                .doesNotContain("Unread");
        assertThat(_get(Anchor.class, spec -> spec.withId("notifications-bell")).getElement()
                .getAttribute("aria-label")).isEqualTo("Notifications, none unread");
    }
}
