package org.lessonsportal.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers that tell browsers what the portal's pages may do (docs/adr/0039), on pages, the API and error pages
 * alike.
 * <ul>
 * <li>Content-Security-Policy: everything from the portal itself. Vaadin 24 needs {@code 'unsafe-inline'} for its
 * bootstrap script and its styles and {@code 'unsafe-eval'} for the JavaScript the server sends to the browser
 * ({@code executeJs}); the policy still forbids scripts, frames, plug-ins and form targets from anywhere else, and
 * framing of the portal ({@code frame-ancestors 'none'}, with X-Frame-Options DENY for older browsers).</li>
 * <li>Referrer-Policy: other sites learn at most the portal's origin, never the page (lesson ids, search words).</li>
 * <li>Permissions-Policy: no camera, microphone, location or other device access.</li>
 * </ul>
 */
final class BrowserHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "magnetometer=(), gyroscope=(), accelerometer=(), display-capture=()";

    private BrowserHeaders() {
    }

    static void apply(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frames -> frames.deny()));
    }
}
