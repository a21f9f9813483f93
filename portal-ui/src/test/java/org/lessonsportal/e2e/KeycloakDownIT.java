package org.lessonsportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lessonsportal.e2e.pages.LandingPage;
import org.lessonsportal.e2e.pages.SignInUnavailablePage;
import org.lessonsportal.e2e.support.Browser;
import org.lessonsportal.e2e.support.BrowserExtension;
import org.lessonsportal.e2e.support.KeycloakServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The portal starts and explains itself while the identity provider is down (nothing listens on its port). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeycloakDownIT {

    private static final int NOBODY_LISTENS = KeycloakServer.freePort();

    @RegisterExtension
    final BrowserExtension browsers = new BrowserExtension();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void keycloakThatIsDown(DynamicPropertyRegistry registry) {
        registry.add("lessons.oidc.issuer", () -> "http://127.0.0.1:" + NOBODY_LISTENS + "/realms/lessons");
    }

    @Test
    void theLandingPageShowsAndSignInSaysItIsUnavailable() {
        Browser browser = browsers.newBrowser();
        LandingPage landing = LandingPage.open(browser, "http://localhost:" + port);
        assertThat(landing.heading()).isEqualTo("Learn from NHS projects others have finished");

        SignInUnavailablePage unavailable = landing.signInWhileUnavailable();

        assertThat(unavailable.heading()).isEqualTo("Sign-in is unavailable right now");
        assertThat(unavailable.text()).contains("Please try again shortly").doesNotContain("Exception");
        browser.screenshot("sign-in-unavailable");
    }

    @Test
    void protectedPagesAndTheAuthorisationRedirectLeadToTheSamePlainPage() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        for (String path : new String[] {"/home", "/oauth2/authorization/keycloak", "/sign-in"}) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.uri().getPath()).as(path).isEqualTo("/sign-in-unavailable");
        }
    }
}
