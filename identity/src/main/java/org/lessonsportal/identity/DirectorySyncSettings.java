package org.lessonsportal.identity;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The directory sync ({@code lessons.directory-sync.*}; environment: {@code LESSONS_DIRECTORY_SYNC_CLIENT_ID},
 * {@code LESSONS_DIRECTORY_SYNC_CLIENT_SECRET}, {@code LESSONS_DIRECTORY_SYNC_INTERVAL}): organisations and their
 * members, with their roles, read from the realm of {@code lessons.oidc.issuer} through Keycloak's admin REST API at
 * start-up and then every {@code interval}, so that people can be asked to review before they first sign in
 * (docs/adr/0048). Off while no client secret is set. Checked at start-up: an interval under a minute or a timeout of
 * nothing stops the portal with a message naming the setting.
 *
 * @param clientId     the realm's confidential client whose service account reads the directory; by default the
 *                     demo realm's {@code lessons-portal-directory}
 * @param clientSecret its secret; unset (the default) turns the sync off
 * @param interval     how often the directory is read again after start-up; an hour unless set
 * @param timeout      how long one request to Keycloak may take; 10 seconds unless set
 */
@Validated
@ConfigurationProperties("lessons.directory-sync")
public record DirectorySyncSettings(
        String clientId, String clientSecret,
        @DurationMin(minutes = 1, message = "must be at least a minute, e.g. 1h") Duration interval,
        @DurationMin(millis = 1, message = "must be a positive duration, e.g. 10s") Duration timeout) {

    public static final String DEFAULT_CLIENT_ID = "lessons-portal-directory";

    public DirectorySyncSettings {
        clientId = clientId == null || clientId.isBlank() ? DEFAULT_CLIENT_ID : clientId.strip();
        clientSecret = clientSecret == null || clientSecret.isBlank() ? null : clientSecret;
        interval = interval == null ? Duration.ofHours(1) : interval;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }

    /** Whether the sync runs: a client secret is set. */
    public boolean enabled() {
        return clientSecret != null;
    }
}
