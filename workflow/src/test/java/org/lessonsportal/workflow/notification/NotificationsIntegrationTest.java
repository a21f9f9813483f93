package org.lessonsportal.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.organisation.SignIn;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.workflow.WorkflowTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(classes = WorkflowTestApplication.class)
@RecordApplicationEvents
class NotificationsIntegrationTest {

    @Autowired
    Notifications notifications;
    @Autowired
    OrganisationService organisations;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    ApplicationEvents events;
    @Autowired
    NotificationMailer mailer;

    Long member;
    Long someoneElse;

    @BeforeEach
    void setUp() {
        member = signIn();
        someoneElse = signIn();
    }

    @Test
    void unreadCountListNewestFirstAndMarkingRead() {
        for (int i = 1; i <= 5; i++) {
            notifications.notify(member, NotificationKind.REMINDER, null, "Notice " + i);
        }
        notifications.notify(someoneElse, NotificationKind.PUBLISHED, null, "Not yours");

        assertThat(notifications.unreadCount(member)).isEqualTo(5);
        assertThat(notifications.count(member)).isEqualTo(5);
        List<Notification> first = notifications.list(member, 0, 2);
        assertThat(first).extracting(Notification::message).containsExactly("Notice 5", "Notice 4");
        assertThat(notifications.list(member, 2, 2)).extracting(Notification::message).containsExactly("Notice 1");
        assertThat(first).allSatisfy(n -> {
            assertThat(n.isRead()).isFalse();
            assertThat(n.recipientId()).isEqualTo(member);
            assertThat(n.createdAt()).isNotNull();
        });

        assertThat(notifications.markRead(member, first.get(0).id())).isTrue();
        assertThat(notifications.markRead(member, first.get(0).id())).isFalse();
        assertThat(notifications.unreadCount(member)).isEqualTo(4);
        assertThat(notifications.list(member, 0, 1).get(0).isRead()).isTrue();
        Long notMine = notifications.list(someoneElse, 0, 1).get(0).id();
        assertThatThrownBy(() -> notifications.markRead(member, notMine)).isInstanceOf(NotFoundException.class)
                .hasMessage("We could not find that notification.");

        assertThat(notifications.markAllRead(member)).isEqualTo(4);
        assertThat(notifications.unreadCount(member)).isZero();
        assertThat(notifications.unreadCount(someoneElse)).isEqualTo(1);
    }

    @Test
    void aLinkOpensTheLessonAndLongTextIsCutShort() {
        Notification notification = notifications.notify(member, NotificationKind.PUBLISHED, null, "x".repeat(5000));
        assertThat(notification.message()).hasSize(1000).endsWith("…");
        assertThat(notification.link()).isNull();
    }

    @Test
    void notificationCreatedIsPublishedOnlyAfterCommitAndNotOnRollback() {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        events.clear();
        transaction.executeWithoutResult(status -> {
            notifications.notify(member, NotificationKind.REVIEW_ASSIGNED, null, "Committed");
            assertThat(events.stream(NotificationCreated.class)).isEmpty();
        });
        assertThat(events.stream(NotificationCreated.class)).containsExactly(new NotificationCreated(member));

        events.clear();
        transaction.executeWithoutResult(status -> {
            notifications.notify(member, NotificationKind.REVIEW_ASSIGNED, null, "Rolled back");
            status.setRollbackOnly();
        });
        assertThat(events.stream(NotificationCreated.class)).isEmpty();
        assertThat(notifications.list(member, 0, 10)).extracting(Notification::message).containsExactly("Committed");
    }

    @Test
    void withoutSmtpNoMailIsSent() {
        assertThat(mailer.enabled()).isFalse();
    }

    private Long signIn() {
        String subject = UUID.randomUUID().toString();
        return organisations.recordSignIn(new SignIn(subject, "n-" + subject.substring(0, 8), "Nadia Notified",
                null, null, Set.of())).id();
    }
}
