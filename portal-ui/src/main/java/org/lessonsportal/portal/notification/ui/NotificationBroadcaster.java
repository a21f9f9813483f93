package org.lessonsportal.portal.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.lessonsportal.workflow.notification.NotificationCreated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;


/**
 * Tells open pages that their person has a new notification (or task), so they can update without a reload: pages
 * register while attached, and the update is pushed to the browser (the application has {@code @Push}). Listeners
 * run on the broadcaster's own thread, never on the thread of whoever caused the notification, which may hold
 * another person's session.
 * <p>
 * Notifications stored on another portal node arrive here as the same {@link NotificationCreated} event, published by
 * the workflow when that node's signal comes (PostgreSQL LISTEN/NOTIFY, docs/adr/0061), so a person's pages update
 * whatever node they are open on.
 */
@org.springframework.stereotype.Component
public class NotificationBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(NotificationBroadcaster.class);

    private final Map<Long, Set<Runnable>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "portal-notification-push");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Runs {@code update} in the component's UI (pushed to the browser) whenever the member gets a notification,
     * from when the component is attached until it is detached.
     */
    public void keepUpdated(Component component, Long memberId, Runnable update) {
        if (memberId == null) {
            return;
        }
        Registration[] current = new Registration[1];
        component.addAttachListener(attach -> current[0] = registerFor(attach.getUI(), memberId, update));
        component.addDetachListener(detach -> {
            if (current[0] != null) {
                current[0].remove();
                current[0] = null;
            }
        });
        component.getUI().ifPresent(ui -> current[0] = registerFor(ui, memberId, update));
    }

    /**
     * Listens for the member while the tab is open. A closed tab's UI is closed at once (the browser's unload beacon)
     * but detached only later, when Vaadin cleans up: until then it is forgotten here and never updated, as a push to
     * it fails inside the push connection (a NullPointerException logged as an error).
     */
    private Registration registerFor(UI ui, Long memberId, Runnable update) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (isGone(ui)) {
                forget(memberId, listener[0]);
                return;
            }
            ui.access(() -> {
                if (!isGone(ui)) {
                    update.run();
                }
            });
        };
        return register(memberId, listener[0]);
    }

    private static boolean isGone(UI ui) {
        return ui.isClosing() || ui.getSession() == null;
    }

    /** Registers a listener for the member's new notifications. */
    public Registration register(Long memberId, Runnable listener) {
        listeners.computeIfAbsent(memberId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> forget(memberId, listener);
    }

    private void forget(Long memberId, Runnable listener) {
        listeners.computeIfPresent(memberId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    @EventListener
    void notificationCreated(NotificationCreated event) {
        Set<Runnable> waiting = listeners.get(event.memberId());
        if (waiting == null) {
            return;
        }
        for (Runnable listener : waiting) {
            executor.execute(() -> {
                try {
                    listener.run();
                } catch (RuntimeException e) {
                    // a page that has gone away; it unregisters itself when detached
                    log.debug("Could not update a page about a new notification", e);
                }
            });
        }
    }

    /** How many pages listen for the member (for tests). */
    int listening(Long memberId) {
        Set<Runnable> waiting = listeners.get(memberId);
        return waiting == null ? 0 : waiting.size();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
