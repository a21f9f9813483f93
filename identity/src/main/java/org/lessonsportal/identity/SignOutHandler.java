package org.lessonsportal.identity;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * After the portal session ends, ends the Keycloak session too (RP-initiated logout), which returns the browser to
 * the landing page. When Keycloak is down the portal session still ends and the person goes straight to the landing
 * page.
 */
class SignOutHandler implements LogoutSuccessHandler {

    private static final Logger log = LoggerFactory.getLogger(SignOutHandler.class);

    private final IdentityProviderStatus status;
    private final OidcClientInitiatedLogoutSuccessHandler keycloakLogout;
    private final RedirectStrategy redirects = new UidlRedirectStrategy();

    SignOutHandler(ClientRegistrationRepository registrations, IdentityProviderStatus status, PublicAddress address) {
        this.status = status;
        this.keycloakLogout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        this.keycloakLogout.setPostLogoutRedirectUri(address.isConfigured() ? address.of("/") : "{baseUrl}/");
        this.keycloakLogout.setDefaultTargetUrl("/");
        // Sign-out is clicked in a Vaadin view: redirects must reach the browser through Vaadin's own channel.
        this.keycloakLogout.setRedirectStrategy(redirects);
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (status.isAvailable()) {
            try {
                keycloakLogout.onLogoutSuccess(request, response, authentication);
                return;
            } catch (RuntimeException e) {
                log.warn("Could not end the Keycloak session: {}", e.getMessage());
            }
        }
        redirects.sendRedirect(request, response, "/");
    }
}
