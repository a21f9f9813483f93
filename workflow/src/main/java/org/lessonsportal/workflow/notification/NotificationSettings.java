package org.lessonsportal.workflow.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lessons.review.notifications.*}: how notification e-mails look. E-mails are sent only when
 * {@code spring.mail.host} is set.
 *
 * @param baseUrl  the portal's address, put in front of a notification's link in e-mails
 * @param mailFrom the sender of notification e-mails
 */
@ConfigurationProperties("lessons.review.notifications")
public record NotificationSettings(String baseUrl, String mailFrom) {

    public NotificationSettings {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip();
        mailFrom = mailFrom == null || mailFrom.isBlank() ? "lessons-portal@localhost" : mailFrom.strip();
    }

    /** The full address of a link path, for e-mails. */
    String address(String link) {
        if (link == null) {
            return baseUrl;
        }
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + (link.startsWith("/") ? link.substring(1) : link);
    }
}
