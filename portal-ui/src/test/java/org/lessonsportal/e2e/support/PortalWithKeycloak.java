package org.lessonsportal.e2e.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole portal on a fixed free port, signing in against the real Keycloak (started once per test JVM with the
 * committed demo realm). Browser tests extend this, so they share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
public abstract class PortalWithKeycloak {

    private static final int PORTAL_PORT = KeycloakServer.portalPortForThisJvm();

    protected static KeycloakServer keycloak() {
        return KeycloakServer.shared(PORTAL_PORT);
    }

    protected static String portalUrl() {
        return "http://localhost:" + PORTAL_PORT;
    }

    @DynamicPropertySource
    static void portalAndKeycloak(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORTAL_PORT);
        registry.add("lessons.oidc.issuer", () -> keycloak().issuerUri());
        // roles are taken again from Keycloak this often (SessionFollowsKeycloakIT); production: minutes
        registry.add("lessons.session.role-refresh", () -> "10s");
    }
}
