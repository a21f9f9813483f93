package org.lessonsportal.domain.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lessonsportal.testsupport.SettingsContext;

/** {@code lessons.cluster.*}: the default, and a bad value stops start-up with the setting's name. */
class ClusterSettingsTest {

    private final SettingsContext<ClusterSettings> settings =
            SettingsContext.of(ClusterConfiguration.class, ClusterSettings.class);

    @Test
    void aNodeChecksEveryMinuteUnlessSet() {
        assertThat(settings.bind().checkInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.bind("lessons.cluster.check-interval=30s").checkInterval())
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void lessThanASecondStopsStartUpNamingTheSetting() {
        assertThat(settings.failure("lessons.cluster.check-interval=0s")).contains("lessons.cluster.check-interval",
                "must be a period of at least a second");
    }
}
