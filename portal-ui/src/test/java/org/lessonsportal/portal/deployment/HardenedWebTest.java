package org.lessonsportal.portal.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/**
 * What the browser is told on every kind of answer (docs/adr/0039): the content security policy Vaadin works under,
 * no referrer beyond the origin, no device access, no framing; the session cookie is Lax and HttpOnly and the
 * session ends after the idle timeout (two seconds here). The real server on a
 * random port, with Keycloak absent (none of this needs a sign-in).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lessons.session.idle-timeout=2s", "lessons.portal.public-url=https://lessons.example.nhs.uk"})
class HardenedWebTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    int port;
    @Autowired
    Environment environment;

    @Test
    void aPageTellsTheBrowserWhatItMayDo() throws Exception {
        HttpResponse<String> page = get("/", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertBrowserHeaders(page);
        assertThat(sessionCookie(page)).as("the page starts a session").isPresent();
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly"));
    }

    /** The API and its refusals, error pages and redirects carry the same headers as a page. */
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
        "/api/lessons/1, 401, the API refuses without a token",
        "/api/openapi.json, 200, the API description",
        "/favicon.ico, 404, an error page",
        "/home, 302, a redirect to sign in first"})
    void everyKindOfAnswerCarriesTheHeaders(String path, int status, String answer) throws Exception {
        HttpResponse<String> response = get(path, null);
        assertThat(response.statusCode()).as(answer).isEqualTo(status);
        assertBrowserHeaders(response);
    }

    @Test
    void aSessionEndsAfterTheIdleTimeout() throws Exception {
        String session = sessionCookie(get("/", null)).orElseThrow();
        assertThat(sessionCookie(get("/", session))).as("still the same session right away").isEmpty();

        Thread.sleep(3_500);

        Optional<String> next = sessionCookie(get("/", session));
        assertThat(next).as("a new session after two idle seconds").isPresent();
        assertThat(next.get()).isNotEqualTo(session);
    }

    @Test
    void forwardedHeadersAreIgnoredWithoutATrustedProxy() {
        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("none");
        assertThat(environment.getProperty("vaadin.closeIdleSessions")).isEqualTo("true");
    }

    private static void assertBrowserHeaders(HttpResponse<String> response) {
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                "base-uri 'self'", "form-action 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("Permissions-Policy").orElse(""))
                .contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private HttpResponse<String> get(String path, String sessionId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html").GET();
        if (sessionId != null) {
            request.header("Cookie", "JSESSIONID=" + sessionId);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> sessionCookie(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
    }
}
