package org.lessonsportal.identity;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How long a portal session lives ({@code lessons.session.*}; environment: {@code LESSONS_SESSION_IDLE_TIMEOUT},
 * {@code LESSONS_SESSION_ROLE_REFRESH}). Checked at start-up: a value of nothing, or below nothing, stops the portal
 * with a message naming the setting.
 *
 * @param idleTimeout how long a session lasts without the person doing anything (an open tab's heartbeats do not
 *                    count); 30 minutes unless set
 * @param roleRefresh how often a signed-in person's roles and organisations are fetched again from the identity
 *                    provider, so that a role taken away there stops counting here; 3 minutes unless set
 */
@Validated
@ConfigurationProperties("lessons.session")
public record SessionSettings(
        @DurationMin(seconds = 1, message = "must be at least one second, e.g. 30m") Duration idleTimeout,
        @DurationMin(seconds = 1, message = "must be at least one second, e.g. 3m") Duration roleRefresh) {

    public SessionSettings {
        idleTimeout = idleTimeout == null ? Duration.ofMinutes(30) : idleTimeout;
        roleRefresh = roleRefresh == null ? Duration.ofMinutes(3) : roleRefresh;
    }
}
