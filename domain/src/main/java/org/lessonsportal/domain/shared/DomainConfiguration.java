package org.lessonsportal.domain.shared;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans the domain needs whatever application it runs in. */
@Configuration(proxyBeanMethods = false)
class DomainConfiguration {

    /** Ticks in microseconds: what PostgreSQL and H2 store, so a saved time reads back exactly the same. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
