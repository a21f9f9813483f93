package org.lessonsportal.portal.notification.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.identity.CurrentUserService;
import org.lessonsportal.portal.base.ui.MainLayout;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.lessonsportal.workflow.notification.Notification;
import org.lessonsportal.workflow.notification.Notifications;

/**
 * The address a notification's link points to ({@code notifications/42}): opening it marks the notification read and
 * goes on to what it is about (or back to the notifications when it is about nothing to open). Someone else's
 * notification, or one that no longer exists, is "not found".
 */
@Route(value = PortalRoutes.NOTIFICATIONS + "/:notificationId([0-9]{1,18})", layout = MainLayout.class)
@PermitAll
@RequiredArgsConstructor
class OpenNotification extends Div implements BeforeEnterObserver {

    private final Notifications notifications;
    private final CurrentUserService currentUsers;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long memberId = currentUsers.require().memberId();
        Long id = event.getRouteParameters().getLong("notificationId").orElse(null);
        Notification notification = (id == null ? Optional.<Notification>empty() : notifications.find(memberId, id))
                .orElseThrow(() -> new NotFoundException("We could not find that notification."));
        notifications.markRead(memberId, id);
        event.forwardTo(notification.link() == null ? PortalRoutes.NOTIFICATIONS : notification.link());
    }
}
