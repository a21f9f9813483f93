package org.lessonsportal.workflow.notification;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.lessonsportal.workflow.shared.AfterCommitWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a notification by e-mail as well, when SMTP is configured ({@code spring.mail.host}; Spring Boot then provides
 * a {@link JavaMailSender}). Mail goes out only after the transaction that stored the notification committed, on a
 * thread of its own: a slow or failing mail server never holds up or breaks the workflow. Failures are logged and not
 * retried. The e-mail to send is recorded in the committing transaction ({@link AfterCommitWork}): one
 * not yet sent when the portal stopped goes out when it starts again (if mail is still configured then). The listener
 * method's name and parameter identify recorded work: keep them.
 */
@Component
class NotificationMailer {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    NotificationMailer(ObjectProvider<JavaMailSender> mailSender, NotificationSettings settings,
            ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
        this.mailSender = mailSender;
        mailSender.ifAvailable(NotificationMailer::boundWaiting);
        this.settings = settings;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * JavaMail waits for ever by default; a mail server that accepts the connection and then hangs would hold the
     * mail thread. Unless {@code spring.mail.properties.mail.smtp.*timeout} say otherwise, give up after 10 s.
     */
    private static void boundWaiting(JavaMailSender sender) {
        if (sender instanceof JavaMailSenderImpl impl) {
            for (String key : List.of("mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout")) {
                impl.getJavaMailProperties().putIfAbsent(key, "10000");
            }
        }
    }

    /** Whether e-mails are sent at all (SMTP configured). */
    boolean enabled() {
        return mailSender.getIfAvailable() != null;
    }

    /** Records the e-mail to go out once the current transaction commits (in one of its own if there is none). */
    void sendAfterCommit(String to, NotificationKind kind, String message, String link) {
        if (!enabled() || to == null || to.isBlank()) {
            return;
        }
        MailToSend mail = new MailToSend(settings.mailFrom(), to, "Lessons Portal: " + kind.label(),
                message + "\n\nOpen the portal: " + settings.address(link)
                        + "\n\nYou receive this because you have an account on the Lessons Portal.");
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            events.publishEvent(mail);
        } else {
            transactions.executeWithoutResult(status -> events.publishEvent(mail));
        }
    }

    /** After the commit, on a thread of its own: sends the e-mail. A failure is logged and not retried. */
    @Async(AfterCommitWork.EXECUTOR)
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void send(MailToSend mail) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            LOG.info("An e-mail to {} was not sent: the portal no longer sends e-mails", mail.to());
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(mail.from());
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.text());
        try {
            sender.send(message);
            sent.incrementAndGet();
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            LOG.warn("Could not e-mail a notification to {}: {}", mail.to(), e.toString());
        }
    }

    long sentCount() {
        return sent.get();
    }

    long failedCount() {
        return failed.get();
    }

    /** An e-mail to send once the transaction that caused it has committed; stored until it was sent. */
    record MailToSend(String from, String to, String subject, String text) {
    }
}
