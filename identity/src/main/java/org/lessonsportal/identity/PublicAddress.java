package org.lessonsportal.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The address people reach the portal at, for every absolute link it builds (Atom feed, PDF, e-mails, the sign-in
 * redirect back from Keycloak): {@code lessons.portal.public-url} (environment {@code LESSONS_PORTAL_PUBLIC_URL}),
 * e.g. {@code https://lessons.example.nhs.uk}. Never taken from a request's {@code Host} header, which anyone can
 * forge. Unset, it is {@code http://localhost:<port>}: right for a portal on one's own machine only.
 */
@Component
public class PublicAddress {

    private final String configured;
    private final String contextPath;
    private volatile int port;

    PublicAddress(PublicUrlSettings settings, @Value("${server.servlet.context-path:}") String contextPath,
            @Value("${server.port:8080}") int port) {
        this.configured = settings.publicUrl().isBlank() ? null : stripSlash(settings.publicUrl().strip());
        this.contextPath = contextPath == null ? "" : stripSlash(contextPath.strip());
        this.port = port;
    }

    @EventListener
    void started(ServletWebServerInitializedEvent event) {
        this.port = event.getWebServer().getPort();
    }

    /** Whether a public address is configured (a real deployment must set one). */
    public boolean isConfigured() {
        return configured != null;
    }

    /** {@code https://lessons.example.nhs.uk}, without a trailing slash. */
    public String baseUrl() {
        return configured != null ? configured : "http://localhost:" + port + contextPath;
    }

    /** The absolute address of a portal path, e.g. {@code lessons/12}. */
    public String of(String path) {
        return baseUrl() + (path.startsWith("/") ? path : "/" + path);
    }

    private static String stripSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
