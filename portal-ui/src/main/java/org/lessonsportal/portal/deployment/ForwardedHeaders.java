package org.lessonsportal.portal.deployment;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
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

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String proxies = environment.getProperty("lessons.portal.trusted-proxies", "").strip();
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
