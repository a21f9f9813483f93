package org.lessonsportal.workflow.shared;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code lessons.after-commit.*} settings: when work after a commit that was left unfinished is done again
 * ({@link LeftOverAfterCommitWork}, docs/adr/0063).
 *
 * @param retryAfter    how old an unfinished record must be before it is run again: longer than any such work takes,
 *                      so that work still running on another node is not started twice (default two minutes)
 * @param checkInterval how often a node looks for such records (default one minute)
 */
@Validated
@ConfigurationProperties("lessons.after-commit")
record AfterCommitSettings(
        @NotNull(message = "must be a period, e.g. 2m") @DefaultValue("2m") Duration retryAfter,
        @NotNull(message = "must be a period of at least a second, e.g. 1m")
        @DurationMin(seconds = 1, message = "must be a period of at least a second, e.g. 1m")
        @DefaultValue("1m") Duration checkInterval) {
}
