package org.lessonsportal.portal.notification.ui;

import com.vaadin.flow.component.Component;
import org.lessonsportal.identity.CurrentUser;
import org.lessonsportal.portal.base.ui.HeaderControl;
import org.lessonsportal.workflow.notification.Notifications;

/** Puts the notifications bell in the header of every page. */
@org.springframework.stereotype.Component
class NotificationBellInHeader implements HeaderControl {

    private final Notifications notifications;
    private final NotificationBroadcaster broadcaster;

    NotificationBellInHeader(Notifications notifications, NotificationBroadcaster broadcaster) {
        this.notifications = notifications;
        this.broadcaster = broadcaster;
    }

    @Override
    public Component create(CurrentUser user) {
        return new NotificationBell(user.memberId(), notifications, broadcaster);
    }
}
