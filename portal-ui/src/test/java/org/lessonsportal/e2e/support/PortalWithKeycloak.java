package org.lessonsportal.e2e.support;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.workflow.review.ReviewTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole portal on a fixed free port, signing in against the real Keycloak (started once per test JVM with the
 * committed demo realm). Browser tests extend this, so they share one application context; they get fresh browsers
 * for each test, and the services they arrange lessons and people with and check what the pages did through.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
public abstract class PortalWithKeycloak {

    private static final int PORTAL_PORT = KeycloakServer.portalPortForThisJvm();

    @RegisterExtension
    protected final BrowserExtension browsers = new BrowserExtension();

    @Autowired
    protected OrganisationService organisations;
    @Autowired
    protected LessonService lessonService;
    @Autowired
    protected ReviewTasks reviewTasks;

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
        registry.add("lessons.session.role-refresh", () -> "25s");
    }
}
