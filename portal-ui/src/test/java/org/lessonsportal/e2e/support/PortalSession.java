package org.lessonsportal.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One caller of the portal over plain HTTP, without a browser: a cookie-keeping client that can sign a person in
 * (the portal's own OIDC login, through Keycloak's login pages, back to the portal with a session), open a Vaadin view
 * the way the browser's bootstrap does ({@code ?v-r=init}, whose JSON answer carries the view's texts), and call any
 * other address, optionally with a bearer token.
 *
 * <p>Redirects are not followed, so a "sign in first" answer stays visible as a redirect.
 */
public final class PortalSession {

    /** Spring Security's address that starts the sign-in with the {@code keycloak} registration. */
    public static final String SIGN_IN_START = "/oauth2/authorization/keycloak";

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    private final String portalUrl;
    private final String bearer;
    private final HttpClient http;

    private PortalSession(String portalUrl, String bearer) {
        this.portalUrl = portalUrl;
        this.bearer = bearer;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new KeycloakServer.CookieJar())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Nobody signed in, no token. */
    public static PortalSession anonymous(String portalUrl) {
        return new PortalSession(portalUrl, null);
    }

    /** No session; every request carries {@code Authorization: Bearer <token>}. */
    public static PortalSession withBearer(String portalUrl, String token) {
        return new PortalSession(portalUrl, token);
    }

    /**
     * Signs the person in to the portal as a browser does: {@link #SIGN_IN_START}, Keycloak's login pages, then the
     * portal's redirect endpoint, which sets the session cookie the later requests carry.
     */
    public static PortalSession signedIn(String portalUrl, KeycloakServer keycloak, String username,
            String password) {
        PortalSession session = new PortalSession(portalUrl, null);
        URI back = KeycloakServer.signInThroughLoginPages(session.http, URI.create(portalUrl + SIGN_IN_START),
                username, password, keycloak.portalRedirectUri());
        Answer answer = session.send(HttpRequest.newBuilder(back).GET());
        if (answer.status() != 302 && answer.status() != 303) {
            throw new IllegalStateException("The portal did not finish " + username + "'s sign-in: HTTP "
                    + answer.status() + " " + answer.body());
        }
        String location = answer.location();
        if (location.contains("sign-in-failed") || location.contains("sign-in-unavailable")
                || location.contains("error")) {
            throw new IllegalStateException("The portal refused " + username + "'s sign-in: " + location);
        }
        return session;
    }

    /**
     * Opens a view as a browser does: the page itself ({@code /<route>?<query>}: the bootstrap HTML, or a redirect to
     * sign in); then, as its bootstrap does, the init request ({@code /?v-r=init}, relative to the page's
     * {@code <base href>}, the portal's root), which creates the UI; then the {@code ui-navigate} event to the route
     * ({@code /?v-r=uidl}), whose UIDL answer builds the view with every text it shows. The answer is the page's if it
     * is not 200, otherwise the navigation's, with all three bodies.
     *
     * @param route the route without a leading slash, e.g. {@code lessons/42}
     * @param query the query string without {@code ?}, or empty
     */
    public Answer openView(String route, String query) {
        Answer page = get("/" + route + (query.isEmpty() ? "" : "?" + query));
        if (page.status() != 200) {
            return page;
        }
        Answer init = get("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8)
                .replace("%2F", "/") + "&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        Matcher ui = UI_ID.matcher(init.body());
        Matcher key = SECURITY_KEY.matcher(init.body());
        if (init.status() != 200 || !ui.find() || !key.find()) {
            return new Answer(init.status(), init.headers(), init.body() + "\n\n" + page.body());
        }
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":%s,\
                "query":%s,"appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(key.group(1), jsonString(route), jsonString(query));
        Answer view = postJson("/?v-r=uidl&v-uiId=" + ui.group(1), navigate);
        return new Answer(view.status(), view.headers(), view.body() + "\n\n" + init.body() + "\n\n" + page.body());
    }

    private static String jsonString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** GET of a portal address ({@code /api/lessons}) or a whole URL. */
    public Answer get(String pathOrUrl) {
        return send(request(pathOrUrl).GET());
    }

    /** POST of a JSON body. */
    public Answer postJson(String pathOrUrl, String json) {
        return send(request(pathOrUrl).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String pathOrUrl) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(pathOrUrl.startsWith("http") ? pathOrUrl
                : portalUrl + pathOrUrl)).timeout(Duration.ofSeconds(60));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            boolean pdf = response.headers().firstValue("Content-Type").orElse("").contains("pdf");
            return new Answer(response.statusCode(), response.headers(), new String(response.body(),
                    pdf ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** An HTTP answer: status, headers and the body as text (a PDF's bytes as ISO-8859-1). */
    public record Answer(int status, HttpHeaders headers, String body) {

        public String location() {
            return headers.firstValue("Location").orElse("");
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        /** Every header and the body, for looking for text that must not be there. */
        public String everything() {
            return headers.map().entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                    .collect(Collectors.joining("\n")) + "\n\n" + body;
        }
    }
}
