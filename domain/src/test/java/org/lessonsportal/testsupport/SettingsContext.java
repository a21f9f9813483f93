package org.lessonsportal.testsupport;

import java.util.concurrent.atomic.AtomicReference;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * One type of settings bound as start-up binds it, in a context holding nothing but the configuration that enables
 * it: for the tests of each feature's {@code lessons.*} settings, their defaults and the message a bad value stops
 * start-up with.
 *
 * @param <S> the settings type
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class SettingsContext<S> {

    private final ApplicationContextRunner runner;
    private final Class<S> type;

    /** The settings of this type, enabled by this configuration (the feature's own, or the test's). */
    public static <S> SettingsContext<S> of(Class<?> configuration, Class<S> type) {
        return new SettingsContext<>(new ApplicationContextRunner().withUserConfiguration(configuration), type);
    }

    /** The settings bound from these properties ({@code name=value}); with none, the defaults. */
    public S bind(String... properties) {
        return bound(runner.withPropertyValues(properties));
    }

    /** The settings bound from these system properties, as the command line and the benchmarks give them. */
    public S bindSystemProperties(String... properties) {
        return bound(runner.withSystemProperties(properties));
    }

    /** What Spring Boot prints when these properties stop start-up; the test fails if they do not. */
    public String failure(String... properties) {
        AtomicReference<String> message = new AtomicReference<>();
        runner.withPropertyValues(properties)
                .run(context -> message.set(StartUpFailures.message(context.getStartupFailure())));
        return message.get();
    }

    private S bound(ApplicationContextRunner withValues) {
        AtomicReference<S> settings = new AtomicReference<>();
        withValues.run(context -> settings.set(context.getBean(type)));
        return settings.get();
    }
}
