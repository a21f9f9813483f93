package org.lessonsportal.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.session.InMemoryOidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;

/**
 * The portal's record of which portal session each Keycloak sign-in started (Spring Security's in-memory registry),
 * saying in the log when a sign-in is recorded and when one is taken off, with fingerprints of the ids, never the ids:
 * what an operator needs to see why a back-channel logout ended (or did not end) a session.
 */
class LoggedOidcSessions implements OidcSessionRegistry {

    private static final Logger log = LoggerFactory.getLogger(LoggedOidcSessions.class);

    private final OidcSessionRegistry registry = new InMemoryOidcSessionRegistry();

    @Override
    public void saveSessionInformation(OidcSessionInformation info) {
        registry.saveSessionInformation(info);
        log.info("Portal session {} belongs to the sign-in with Keycloak session {}",
                PortalSessions.fingerprint(info.getSessionId()), sid(info.getPrincipal().getIdToken().getClaim("sid")));
    }

    @Override
    public OidcSessionInformation removeSessionInformation(String clientSessionId) {
        OidcSessionInformation removed = registry.removeSessionInformation(clientSessionId);
        if (removed != null) {
            log.info("Portal session {} ended here", PortalSessions.fingerprint(clientSessionId));
        }
        return removed;
    }

    @Override
    public Iterable<OidcSessionInformation> removeSessionInformation(OidcLogoutToken logoutToken) {
        return registry.removeSessionInformation(logoutToken);
    }

    static String sid(Object sid) {
        return sid == null ? "(none)" : PortalSessions.fingerprint(sid.toString());
    }
}
