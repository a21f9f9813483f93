package org.lessonsportal.portal.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lessonsportal.testsupport.StartUpFailures;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** X-Forwarded-* headers are believed only from the configured proxy, and from nobody when none is configured. */
class ForwardedHeadersTest {

    @Test
    void withoutATrustedProxyForwardedHeadersAreIgnoredWhateverElseIsSet() {
        StandardEnvironment environment = environment(Map.of("server.forward-headers-strategy", "framework"));

        new ForwardedHeaders().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("none");
    }

    @Test
    void aTrustedProxyIsTheOnlyOneBelieved() {
        StandardEnvironment environment = environment(Map.of("lessons.portal.trusted-proxies", "10\\.0\\.0\\.7"));

        new ForwardedHeaders().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        assertThat(environment.getProperty("server.tomcat.remoteip.internal-proxies")).isEqualTo("10\\.0\\.0\\.7");
    }

    @Test
    void aTrustedProxyThatIsNotARegularExpressionStopsStartUpNamingTheSetting() {
        StandardEnvironment environment = environment(Map.of("lessons.portal.trusted-proxies", "10.0.0.(7"));

        assertThatThrownBy(() -> new ForwardedHeaders().postProcessEnvironment(environment, null))
                .satisfies(failure -> assertThat(StartUpFailures.message(failure))
                        .contains("lessons.portal.trusted-proxies", "must be a regular expression"));
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("application", properties));
        return environment;
    }
}
