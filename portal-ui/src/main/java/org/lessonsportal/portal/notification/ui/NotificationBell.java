package org.lessonsportal.portal.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.workflow.notification.Notifications;

/**
 * The bell in the header: a link to the notifications with the unread count as text, named for screen readers
 * ("Notifications, 3 unread"); kept up to date while the page is open, and after each move to another page (the
 * page may have changed what is unread: a notification opened on the way there).
 */
class NotificationBell extends Anchor implements AfterNavigationObserver {

    private final Span count = new Span();
    private final Runnable update;

    NotificationBell(Long memberId, Notifications notifications, NotificationBroadcaster broadcaster) {
        super(PortalRoutes.NOTIFICATIONS, "");
        setId("notifications-bell");
        addClassName("bell");
        Icon icon = VaadinIcon.BELL.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        count.addClassName("bell__count");
        count.getElement().setAttribute("aria-hidden", "true");
        add(icon, count);
        update = () -> show(notifications.unreadCount(memberId));
        update.run();
        broadcaster.keepUpdated(this, memberId, update);
    }

    /** Shows a new unread count at once in the page's bell (for pages that mark notifications read). */
    static void showUnread(Component anyComponentOnThePage, long unread) {
        anyComponentOnThePage.getUI().map(ui -> ComponentUtil.getData(ui, NotificationBell.class))
                .ifPresent(bell -> bell.show(unread));
    }

    private void show(long unread) {
        count.setText(String.valueOf(unread));
        count.setVisible(unread > 0);
        getElement().setAttribute("aria-label", unread == 0 ? "Notifications, none unread"
                : "Notifications, " + unread + " unread");
        getElement().setAttribute("title", unread == 0 ? "Notifications" : unread + " unread notifications");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        update.run();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        ComponentUtil.setData(attach.getUI(), NotificationBell.class, this);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (ComponentUtil.getData(detach.getUI(), NotificationBell.class) == this) {
            ComponentUtil.setData(detach.getUI(), NotificationBell.class, null);
        }
    }
}
