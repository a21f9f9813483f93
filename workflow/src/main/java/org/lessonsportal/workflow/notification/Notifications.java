package org.lessonsportal.workflow.notification;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.cluster.ClusterSignals;
import org.lessonsportal.domain.organisation.MemberView;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * In-app notifications: what the review workflow wants a member to know (review assigned, reminders, escalations,
 * changes requested, published, declined). Stored in the same transaction as the step that caused them, so a
 * notification exists exactly when its step happened; {@link NotificationCreated} and the e-mail (when SMTP is
 * configured) follow after commit. The notification feature's door.
 * <p>
 * With several nodes on one PostgreSQL database, the other nodes are told too ({@link ClusterSignals}, member ids
 * only, once the transaction commits), and publish {@link NotificationCreated} there
 * ({@link NotificationsFromOtherNodes}), so a person's open pages update whatever node they are on.
 * <p>
 * The UI passes the signed-in member's id; a member only ever reads and marks their own notifications.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Notifications {

    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

    /** The largest page {@link #list} returns. */
    public static final int PAGE_MAX = 100;

    private final NotificationRepository notifications;
    private final OrganisationService organisations;
    private final NotificationMailer mailer;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ClusterSignals signals;

    /** How many of the member's notifications are unread. */
    public long unreadCount(Long memberId) {
        return memberId == null ? 0 : notifications.countByRecipientIdAndReadAtIsNull(memberId);
    }

    /** How many notifications the member has, read or not (for paging). */
    public long count(Long memberId) {
        return memberId == null ? 0 : notifications.countByRecipientId(memberId);
    }

    /**
     * One page of the member's notifications, newest first.
     *
     * @param page counted from 0
     * @param size at most {@link #PAGE_MAX}
     */
    public List<Notification> list(Long memberId, int page, int size) {
        if (memberId == null) {
            return List.of();
        }
        PageRequest request = PageRequest.of(Math.max(0, page), Math.max(1, Math.min(size, PAGE_MAX)));
        return notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(memberId, request).stream()
                .map(NotificationEntry::toView).toList();
    }

    /** One of the member's notifications, if it exists and is theirs. */
    public Optional<Notification> find(Long memberId, Long notificationId) {
        return notifications.findById(notificationId).filter(n -> n.recipientId().equals(memberId))
                .map(NotificationEntry::toView);
    }

    /** Marks one of the member's notifications read; returns whether it was unread. */
    @Transactional
    public boolean markRead(Long memberId, Long notificationId) {
        NotificationEntry entry = notifications.findById(notificationId)
                .filter(n -> n.recipientId().equals(memberId))
                .orElseThrow(() -> new NotFoundException("We could not find that notification."));
        return entry.markRead(clock.instant());
    }

    /** Marks all the member's notifications read; returns how many were unread. */
    @Transactional
    public int markAllRead(Long memberId) {
        return memberId == null ? 0 : notifications.markAllRead(memberId, clock.instant());
    }

    /**
     * Marks read the unread notifications that asked for work now done (a review sent, reviewers chosen, changes
     * resubmitted, the review ended), for everyone they were sent to, so the bell counts only what still needs its
     * person. Joins the caller's transaction; open pages of the people concerned are updated after commit.
     *
     * @param lessonId   the lesson the work was about
     * @param recipients whose notifications are settled
     * @param kinds      which kinds of notification asked for that work
     * @return how many were settled
     */
    @Transactional
    public int settle(Long lessonId, Predicate<Long> recipients, Set<NotificationKind> kinds) {
        if (lessonId == null) {
            return 0;
        }
        int settled = 0;
        Set<Long> told = new HashSet<>();
        for (NotificationEntry entry : notifications.findByLessonIdAndReadAtIsNull(lessonId)) {
            if (kinds.contains(entry.kind()) && recipients.test(entry.recipientId())
                    && entry.markRead(clock.instant())) {
                settled++;
                told.add(entry.recipientId());
            }
        }
        // the event's listeners refresh the person's bell and lists, whatever changed
        told.forEach(this::tell);
        return settled;
    }

    /**
     * Tells a member something happened (for the review workflow). Joins the caller's transaction.
     *
     * @param lessonId the lesson it is about; the link then opens it ({@code lessons/42})
     * @param message  plain English, a sentence or two; longer text is cut short
     */
    @Transactional
    public Notification notify(Long recipientId, NotificationKind kind, Long lessonId, String message) {
        return store(recipientId, kind, lessonId, lessonId == null ? null : "lessons/" + lessonId, message);
    }

    /**
     * Tells a member something happened that is not about a lesson (a request to pair, for example). Joins the
     * caller's transaction.
     *
     * @param link    a path inside the portal to go to ({@code organisations/ZZ1}), or {@code null}
     * @param message plain English, a sentence or two; longer text is cut short
     */
    @Transactional
    public Notification notifyAbout(Long recipientId, NotificationKind kind, String link, String message) {
        return store(recipientId, kind, null, link, message);
    }

    private Notification store(Long recipientId, NotificationKind kind, Long lessonId, String link, String message) {
        String text = message.length() > NotificationEntry.MESSAGE_MAX
                ? message.substring(0, NotificationEntry.MESSAGE_MAX - 1) + "…" : message;
        NotificationEntry entry = notifications.save(new NotificationEntry(recipientId, kind, text, link, lessonId,
                clock.instant()));
        if (mailer.enabled()) {
            MemberView member = organisations.getMember(recipientId);
            mailer.sendAfterCommit(member.email(), kind, text, link);
        }
        tell(recipientId);
        return entry.toView();
    }

    /** The member's open pages are updated after commit: on this node in-process, on the others by a signal. */
    private void tell(Long recipientId) {
        signals.send(NotificationsFromOtherNodes.TOPIC, recipientId);
        afterCommit(() -> events.publishEvent(new NotificationCreated(recipientId)));
    }

    private static void afterCommit(Runnable action) {
        Runnable safely = () -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                // the notification is stored; a failing listener must not turn a committed step into an error
                LOG.warn("A listener of NotificationCreated failed", e);
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    safely.run();
                }
            });
        } else {
            safely.run();
        }
    }
}
