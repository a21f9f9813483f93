package org.lessonsportal.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The directory client's access token for Keycloak's admin API (client credentials), kept until shortly before it
 * expires and fetched again on demand.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class KeycloakAdminToken {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OidcSettings oidc;
    private final DirectorySyncSettings settings;
    private final Clock clock;
    private final Function<HttpRequest, HttpResponse<String>> call;
    private String accessToken;
    private Instant tokenExpiresAt = Instant.MIN;

    /** The token, a new one when {@code renew} or when the one held is about to expire. */
    synchronized String get(boolean renew) {
        if (!settings.enabled()) {
            throw new KeycloakAdminException("Keycloak's admin API is not set up: set lessons.directory-sync."
                    + "client-secret (the directory client's secret).");
        }
        Instant now = clock.instant();
        if (!renew && accessToken != null && now.isBefore(tokenExpiresAt)) {
            return accessToken;
        }
        String form = "grant_type=client_credentials&client_id=" + encode(settings.clientId()) + "&client_secret="
                + encode(settings.clientSecret());
        HttpResponse<String> response = call.apply(HttpRequest.newBuilder(URI.create(oidc.issuer()
                        + "/protocol/openid-connect/token"))
                .timeout(settings.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 200) {
            throw new KeycloakAdminException("Keycloak refused the directory client '" + settings.clientId()
                    + "' (HTTP " + response.statusCode() + "): check lessons.directory-sync.client-id and "
                    + "client-secret, and that the client has service accounts enabled.");
        }
        try {
            JsonNode tokens = JSON.readTree(response.body());
            accessToken = tokens.path("access_token").asText();
            // renewed a little early, so a token never expires half way through a request
            tokenExpiresAt = now.plusSeconds(Math.max(0, tokens.path("expires_in").asLong(60) - 15));
            return accessToken;
        } catch (IOException e) {
            throw new KeycloakAdminException("Keycloak's token answer could not be read", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
