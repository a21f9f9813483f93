package org.lessonsportal.e2e;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.e2e.support.BrowserExtension;
import org.lessonsportal.e2e.support.KeycloakAdmin;
import org.lessonsportal.e2e.support.KeycloakServer;
import org.lessonsportal.identity.KeycloakAdminClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A portal of its own (each test names its own empty database in its {@code @SpringBootTest}, on a random port)
 * signing in against the shared Keycloak, whose admin API it reaches with the realm's directory client. Before each
 * test the portal's address is added to the portal client's redirect URIs, so people can sign in to it.
 */
abstract class FreshInstallationTestCase {

    @RegisterExtension
    final BrowserExtension browsers = new BrowserExtension();

    @LocalServerPort
    int port;
    @Autowired
    OrganisationService organisations;
    @Autowired
    KeycloakAdminClient keycloakAdmin;

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        registry.add("lessons.oidc.issuer", () -> KeycloakServer.shared().issuerUri());
    }

    @BeforeEach
    void letThisPortalSignPeopleIn() {
        new KeycloakAdmin(KeycloakServer.shared()).allowPortalAt(portalUrl());
    }

    String portalUrl() {
        return "http://localhost:" + port;
    }
}
