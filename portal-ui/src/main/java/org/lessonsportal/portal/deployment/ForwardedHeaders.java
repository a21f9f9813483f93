package org.lessonsportal.portal.deployment;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Believes {@code X-Forwarded-For/-Proto/-Host} only from the reverse proxy named in
 * {@code lessons.portal.trusted-proxies} (a regular expression of IP addresses; Tomcat's RemoteIpValve checks the
 * connection's address against it). Without one, forwarded headers are ignored: anyone could send them.
 */
public class ForwardedHeaders implements EnvironmentPostProcessor, Ordered {

    /**
     * {@code lessons.portal.trusted-proxies}, bound here rather than as a bean: the server's settings are decided
     * before any bean exists. Checked then: a regular expression that does not compile stops start-up with a message
     * naming the setting.
     *
     * @param trustedProxies the reverse proxy's IP addresses as a regular expression, e.g. {@code 10\.0\.0\.7}; blank
     *                       when there is none
     */
    record ProxySettings(String trustedProxies) {

        ProxySettings {
            trustedProxies = trustedProxies == null ? "" : trustedProxies.strip();
            try {
                Pattern.compile(trustedProxies);
            } catch (PatternSyntaxException e) {
                // no cause: the start-up message shows the innermost cause's text
                throw new IllegalArgumentException("lessons.portal.trusted-proxies must be a regular expression of "
                        + "the proxy's IP addresses, e.g. 10\\.0\\.0\\.7, not " + trustedProxies + " ("
                        + e.getDescription() + ")");
            }
        }
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String proxies = Binder.get(environment).bindOrCreate("lessons.portal", ProxySettings.class).trustedProxies();
        Map<String, Object> properties = new HashMap<>();
        if (proxies.isEmpty()) {
            properties.put("server.forward-headers-strategy", "none");
        } else {
            properties.put("server.forward-headers-strategy", "native");
            properties.put("server.tomcat.remoteip.internal-proxies", proxies);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("lessons-forwarded-headers", properties));
    }
}
