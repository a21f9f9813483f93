package org.lessonsportal.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * When Keycloak says a person's session ended there (they signed out in another application, an administrator ended
 * it, or the account was disabled), ends the portal sessions that sign-in started, directly: Spring's default would
 * call the portal's own sign-out address over HTTP, which Vaadin's sign-out does not answer.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BackChannelLogout implements LogoutHandler {

    private static final Logger log = LoggerFactory.getLogger(BackChannelLogout.class);

    private final OidcSessionRegistry registry;
    private final PortalSessions sessions;

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof OidcLogoutToken token) {
            int ended = 0;
            for (OidcSessionInformation session : registry.removeSessionInformation(token)) {
                sessions.end(session.getSessionId());
                ended++;
            }
            log.info("The identity provider ended the sign-in with Keycloak session {}: {} portal session(s) of it "
                    + "to end here", LoggedOidcSessions.sid(token.getSessionId()), ended);
        }
    }
}
