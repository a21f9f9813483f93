package org.lessonsportal.domain.cluster;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code lessons.cluster.*} settings, for several nodes on one PostgreSQL database (unused on H2).
 *
 * @param checkInterval how often a node compares what it keeps in memory (the search vocabulary) with the database
 *                      even though no other node said it changed: the fallback for a signal that was missed
 *                      ({@code lessons.cluster.check-interval}, default one minute)
 */
@Validated
@ConfigurationProperties("lessons.cluster")
record ClusterSettings(
        @NotNull(message = "must be a period of at least a second, e.g. 1m")
        @DurationMin(seconds = 1, message = "must be a period of at least a second, e.g. 1m")
        @DefaultValue("1m") Duration checkInterval) {
}
