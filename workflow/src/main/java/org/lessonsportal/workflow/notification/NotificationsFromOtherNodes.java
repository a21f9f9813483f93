package org.lessonsportal.workflow.notification;

import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.cluster.ClusterSignal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Another node stored a notification (or settled some): {@link NotificationCreated} is published on this node too,
 * so the member's pages open here update. The signal carries the member's id only and comes after the other node's
 * commit. A missed signal loses nothing: the notification is in the database, and the member's pages show it when
 * they next load.
 */
@Component
@RequiredArgsConstructor
class NotificationsFromOtherNodes {

    static final String TOPIC = "notification";

    private final ApplicationEventPublisher events;

    @EventListener
    void signalled(ClusterSignal signal) {
        if (TOPIC.equals(signal.topic())) {
            events.publishEvent(new NotificationCreated(signal.id()));
        }
    }
}
