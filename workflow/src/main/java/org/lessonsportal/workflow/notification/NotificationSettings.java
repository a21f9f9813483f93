package org.lessonsportal.workflow.notification;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code lessons.review.notifications.*}: how notification e-mails look. E-mails are sent only when
 * {@code spring.mail.host} is set.
 *
 * @param baseUrl  the portal's address, put in front of a notification's link in e-mails
 * @param mailFrom the sender of notification e-mails
 * <p>
 * Checked at start-up: a bad address stops the portal with a message naming the setting, rather than sending e-mails
 * with broken links or none at all.
 */
@Validated
@ConfigurationProperties("lessons.review.notifications")
public record NotificationSettings(
        @Pattern(regexp = "https?://\\S+", flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "must be the portal's address starting with https:// (or http://), "
                        + "e.g. https://lessons.example.nhs.uk") String baseUrl,
        @Email(message = "must be an e-mail address, e.g. lessons-portal@example.nhs.uk") String mailFrom) {

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
