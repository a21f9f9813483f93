package org.lessonsportal.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a portal session lives ({@code lessons.session.*}; environment: {@code LESSONS_SESSION_IDLE_TIMEOUT},
 * {@code LESSONS_SESSION_ROLE_REFRESH}).
 *
 * @param idleTimeout how long a session lasts without the person doing anything (an open tab's heartbeats do not
 *                    count); 30 minutes unless set
 * @param roleRefresh how often a signed-in person's roles and organisations are fetched again from the identity
 *                    provider, so that a role taken away there stops counting here; 3 minutes unless set
 */
@ConfigurationProperties("lessons.session")
public record SessionSettings(Duration idleTimeout, Duration roleRefresh) {

    public SessionSettings {
        idleTimeout = idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()
                ? Duration.ofMinutes(30) : idleTimeout;
        roleRefresh = roleRefresh == null || roleRefresh.isNegative() || roleRefresh.isZero()
                ? Duration.ofMinutes(3) : roleRefresh;
    }
}
