package org.lessonsportal.portal.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.lessonsportal.identity.CurrentUserService;
import org.lessonsportal.portal.base.ui.MainLayout;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.workflow.notification.Notification;
import org.lessonsportal.workflow.notification.Notifications;

/**
 * The signed-in person's notifications, newest first, each marked "Unread" in words until they mark it read. New ones
 * appear without a reload.
 */
@Route(value = PortalRoutes.NOTIFICATIONS, layout = MainLayout.class)
@PageTitle("Notifications - Lessons Portal")
@PermitAll
class NotificationsView extends Div {

    static final int SHOWN = 50;

    private final Notifications notifications;
    private final Long memberId;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph summary = new Paragraph();
    final Button markAll = new Button("Mark all as read");

    NotificationsView(Notifications notifications, CurrentUserService currentUsers,
            NotificationBroadcaster broadcaster) {
        this.notifications = notifications;
        this.memberId = currentUsers.require().memberId();
        addClassName("notifications-page");
        add(new H1("Notifications"));
        summary.setId("notification-summary");
        summary.getElement().setAttribute("role", "status");
        markAll.setId("mark-all-read");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAll.addClickListener(e -> {
            notifications.markAllRead(memberId);
            refresh();
        });
        Div bar = new Div(summary, markAll);
        bar.addClassName("page-actions");
        list.setId("notification-list");
        list.addClassName("item-list");
        Div panel = new Div(list);
        panel.addClassName("panel");
        add(bar, panel);
        Anchor follow = new Anchor(PortalRoutes.FOLLOWING, "Follow a type of project or a search");
        follow.setId("notifications-following");
        Paragraph following = new Paragraph(follow, new Span(" to be told here when a new lesson that matches is "
                + "published."));
        following.addClassName("hint");
        add(following);
        refresh();
        broadcaster.keepUpdated(list, memberId, this::refresh);
    }

    void refresh() {
        list.removeAll();
        List<Notification> shown = notifications.list(memberId, 0, SHOWN);
        long unread = notifications.unreadCount(memberId);
        summary.setText(shown.isEmpty() ? "You have no notifications yet. We will tell you here when something "
                + "happens to your lessons or reviews." : unread == 0 ? "You have read all your notifications."
                : unread == 1 ? "You have 1 unread notification." : "You have " + unread + " unread notifications.");
        markAll.setVisible(unread > 0);
        for (Notification notification : shown) {
            list.add(item(notification));
        }
        NotificationBell.showUnread(this, unread);
    }

    private ListItem item(Notification notification) {
        ListItem item;
        if (notification.isRead()) {
            item = NotificationItem.of(notification);
        } else {
            Span unread = new Span("Unread");
            unread.addClassNames("tag", "tag--unread");
            item = NotificationItem.of(notification, unread);
        }
        item.setId("notification-" + notification.id());
        item.addClassName(notification.isRead() ? "notification--read" : "notification--unread");
        if (!notification.isRead()) {
            Button read = new Button("Mark as read", e -> {
                notifications.markRead(memberId, notification.id());
                refresh();
            });
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            read.getElement().setAttribute("aria-label", "Mark as read: " + notification.message());
            item.add(read);
        }
        return item;
    }
}
