package org.lessonsportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonsportal.e2e.pages.KeycloakLoginPage;
import org.lessonsportal.e2e.pages.LandingPage;
import org.lessonsportal.e2e.pages.PortalPage;
import org.lessonsportal.e2e.support.Browser;
import org.lessonsportal.e2e.support.KeycloakAdmin;
import org.lessonsportal.e2e.support.PortalWithKeycloak;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A portal session follows what happens in Keycloak (docs/adr/0039): a role taken away there stops counting within
 * the role refresh interval (25 seconds in these tests), and an administrator ending the person's Keycloak session
 * ends the portal session at once through the back-channel logout. Also: the portal's pages run under its content
 * security policy without the browser refusing anything.
 */
class SessionFollowsKeycloakIT extends PortalWithKeycloak {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aRoleTakenAwayInKeycloakStopsCountingWithoutSigningOut() throws Exception {
        KeycloakAdmin admin = new KeycloakAdmin(keycloak());
        Browser browser = browsers.newBrowser();
        PortalPage portal = LandingPage.open(browser, portalUrl()).signIn().signInAs("rita", "demo");
        assertThat(portal.roles()).isEqualTo("Contributor, Reviewer");

        admin.removeRealmRole("rita", "reviewer");
        try {
            String roles = portal.roles();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!roles.equals("Contributor") && System.nanoTime() < deadline) {
                Thread.sleep(2_000);
                browser.open(portalUrl() + "/home");
                roles = new PortalPage(browser).roles();
            }
            assertThat(roles).as("the roles shown after the refresh interval, still signed in").isEqualTo("Contributor");
        } finally {
            admin.addRealmRole("rita", "reviewer");
        }
    }

    @Test
    void anAdministratorEndingTheKeycloakSessionEndsThePortalSession() throws Exception {
        Browser browser = browsers.newBrowser();
        LandingPage.open(browser, portalUrl()).signIn().signInAs("bob", "demo");
        long signedIn = System.nanoTime();
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(homeStatus(session)).as("signed in").isEqualTo(200);

        new KeycloakAdmin(keycloak()).signOutNewestSession("bob");

        // Keycloak calls the portal's back-channel address while ending its session; on a loaded machine that call
        // may still be under way when the administrator's request returns, so look again for a few seconds, but
        // always within the role refresh interval from the sign-in: the back-channel logout, not the refresh, ends it.
        long beforeAnyRefresh = signedIn + Duration.ofSeconds(22).toNanos();
        int status = homeStatus(session);
        while (status != 302 && System.nanoTime() < beforeAnyRefresh) {
            Thread.sleep(200);
            status = homeStatus(session);
        }
        assertThat(status).as("the portal session (%s in the portal's log) has ended before any role refresh",
                fingerprint(session)).isEqualTo(302);
        browser.open(portalUrl() + "/home");
        assertThat(new KeycloakLoginPage(browser).currentUrl()).startsWith(keycloak().issuerUri());
    }

    @Test
    void thePagesRunUnderTheContentSecurityPolicy() {
        Browser browser = browsers.newBrowser();
        LandingPage.open(browser, portalUrl());
        List<String> landing = browser.consoleMessages();
        PortalPage portal = new LandingPage(browser).signIn().signInAs("alice", "demo");
        portal.home();
        browser.consoleMessages(); // Keycloak's own pages have a policy of their own
        for (String page : List.of("/home", "/lessons", "/lessons/new", "/notifications", "/help")) {
            browser.open(portalUrl() + page);
            new PortalPage(browser);
        }

        ((JavascriptExecutor) browser.driver()).executeScript("console.error('console-probe')");
        List<String> pages = browser.consoleMessages();

        assertThat(pages).as("the console is read").anyMatch(message -> message.contains("console-probe"));
        assertThat(landing).noneMatch(SessionFollowsKeycloakIT::refused);
        assertThat(pages).noneMatch(SessionFollowsKeycloakIT::refused);
    }

    private static boolean refused(String message) {
        return message.contains("Content Security Policy") || message.contains("Refused to");
    }

    private static int homeStatus(String session) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(portalUrl() + "/home"))
                .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** As the portal's log names a session: the first four bytes of the id's SHA-256, in hexadecimal. */
    private static String fingerprint(String sessionId) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(sessionId.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 0, 4);
    }
}
