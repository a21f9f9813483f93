package org.lessonsportal.portal.notification.ui;

import org.lessonsportal.portal.base.ui.HeaderControl;
import org.lessonsportal.workflow.notification.Notifications;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationBellConfiguration {

    /** The notifications bell in the header of every page. */
    @Bean
    HeaderControl notificationBell(Notifications notifications, NotificationBroadcaster broadcaster) {
        return user -> new NotificationBell(user.memberId(), notifications, broadcaster);
    }
}
