package org.lessonsportal.portal.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import org.lessonsportal.portal.base.ui.Formats;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.workflow.notification.Notification;

/** A notification in a list, as Home and the Notifications page show it. */
public final class NotificationItem {

    private NotificationItem() {
    }

    /**
     * Its kind, then {@code tags} (such as "Unread"), the message (a link to what it is about, when it has one;
     * following it marks the notification read) and when it came.
     */
    public static ListItem of(Notification notification, Component... tags) {
        ListItem item = new ListItem();
        Span kind = new Span(notification.kind().label());
        kind.addClassName("tag");
        item.add(kind);
        item.add(tags);
        if (notification.link() != null) {
            // through the notification's own address, which marks it read on the way
            item.add(new Anchor(PortalRoutes.openNotification(notification.id()), notification.message()));
        } else {
            item.add(new Span(notification.message()));
        }
        Span when = new Span(Formats.dateTime(notification.createdAt()));
        when.addClassName("hint");
        item.add(when);
        return item;
    }
}
