package org.lessonsportal.workflow.notification;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.lessonsportal.workflow.shared.BackgroundThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends a notification by e-mail as well, when SMTP is configured ({@code spring.mail.host}; Spring Boot then provides
 * a {@link JavaMailSender}). Mail goes out only after the transaction that stored the notification committed, on a
 * thread of its own: a slow or failing mail server never holds up or breaks the workflow. Failures are logged.
 */
@Component
class NotificationMailer {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationSettings settings;
    private final ThreadPoolTaskExecutor executor;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    NotificationMailer(ObjectProvider<JavaMailSender> mailSender, NotificationSettings settings) {
        this.mailSender = mailSender;
        mailSender.ifAvailable(NotificationMailer::boundWaiting);
        this.settings = settings;
        this.executor = BackgroundThread.named("notification-mail-");
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

    /** Queues the e-mail to go out once the current transaction commits (at once if there is none). */
    void sendAfterCommit(String to, NotificationKind kind, String message, String link) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || to == null || to.isBlank()) {
            return;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(settings.mailFrom());
        mail.setTo(to);
        mail.setSubject("Lessons Portal: " + kind.label());
        mail.setText(message + "\n\nOpen the portal: " + settings.address(link)
                + "\n\nYou receive this because you have an account on the Lessons Portal.");
        Runnable send = () -> executor.execute(() -> send(sender, mail));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    private void send(JavaMailSender sender, SimpleMailMessage mail) {
        try {
            sender.send(mail);
            sent.incrementAndGet();
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            LOG.warn("Could not e-mail a notification to {}: {}", String.join(",", mail.getTo()), e.toString());
        }
    }

    long sentCount() {
        return sent.get();
    }

    long failedCount() {
        return failed.get();
    }

    @PreDestroy
    void shutdown() {
        executor.shutdown();
    }
}
