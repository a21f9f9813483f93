package org.lessonsportal.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.organisation.SignIn;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.testsupport.LessonTestData;
import org.lessonsportal.workflow.MailIntegrationTestCase;
import org.lessonsportal.workflow.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** With SMTP configured, notifications are e-mailed too, after commit; a failing mail server breaks nothing. */
class NotificationMailIntegrationTest extends MailIntegrationTestCase {

    @Autowired
    Notifications notifications;
    @Autowired
    OrganisationService organisations;
    @Autowired
    NotificationMailer mailer;
    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    LessonService lessons;

    @Test
    void aNotificationIsEmailedAfterCommit() throws Exception {
        Long member = signIn("mona@example.nhs.uk");
        Long lessonId = aLesson();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            notifications.notify(member, NotificationKind.REVIEW_ASSIGNED, lessonId,
                    "You have been asked to review “Cutover”.");
            assertThat(smtp.getReceivedMessages()).as("nothing goes out before commit").isEmpty();
        });

        int before = smtp.getReceivedMessages().length;
        await().atMost(Duration.ofSeconds(10)).until(() -> !mailsTo("mona@example.nhs.uk").isEmpty());
        MimeMessage mail = mailsTo("mona@example.nhs.uk").get(0);
        assertThat(mail.getSubject()).isEqualTo("Lessons Portal: Review requested");
        assertThat(GreenMailUtil.getBody(mail)).contains("You have been asked to review")
                .contains(TestMailServer.BASE_URL + "/lessons/" + lessonId);
    }

    @Test
    void aRolledBackNotificationIsNotEmailed() throws Exception {
        Long member = signIn("rolf@example.nhs.uk");
        int before = smtp.getReceivedMessages().length;
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            notifications.notify(member, NotificationKind.REMINDER, null, "Never sent");
            status.setRollbackOnly();
        });
        Thread.sleep(500);
        assertThat(smtp.getReceivedMessages()).hasSize(before);
    }

    @Test
    void aFailingMailServerIsLoggedAndBreaksNothing() {
        Long member = signIn("fay@example.nhs.uk");
        long failedBefore = mailer.failedCount();
        int port = mailSender.getPort();
        mailSender.setPort(1); // nothing listens there
        try {
            Notification stored = notifications.notify(member, NotificationKind.PUBLISHED, null, "Published.");
            assertThat(stored.id()).isNotNull();
            await().atMost(Duration.ofSeconds(20)).until(() -> mailer.failedCount() > failedBefore);
        } finally {
            mailSender.setPort(port);
        }
        assertThat(notifications.unreadCount(member)).isEqualTo(1);
    }

    private Long aLesson() {
        LessonTestData data = new LessonTestData(organisations, lessons);
        return data.draft(data.member(data.organisation(), Roles.CONTRIBUTOR)).id();
    }

    private Long signIn(String email) {
        String subject = UUID.randomUUID().toString();
        return organisations.recordSignIn(new SignIn(subject, "m-" + subject.substring(0, 8), "Mona Mail", email,
                null, Set.of())).id();
    }
}
