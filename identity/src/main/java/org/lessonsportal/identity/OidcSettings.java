package org.lessonsportal.identity;

import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the portal signs people in ({@code lessons.oidc.*}; environment: {@code LESSONS_OIDC_ISSUER},
 * {@code LESSONS_OIDC_CLIENT_ID}, {@code LESSONS_OIDC_CLIENT_SECRET}, {@code LESSONS_OIDC_API_AUDIENCE}).
 *
 * @param issuer              the realm's issuer URI, e.g. {@code https://id.example.nhs.uk/realms/lessons}
 * @param scopes              the scopes asked for; by default {@code organization:*}, so the token lists every
 *                            organisation the person belongs to (Keycloak's plain {@code organization} asks people in
 *                            several to pick one, and the others would go unchecked for conflicts of interest)
 * @param availabilityTimeout how long to wait for the identity provider before saying sign-in is unavailable
 * @param apiAudience         the audience ({@code aud}) a token must name to be used at the API; the realm's API
 *                            clients add it with an audience mapper, people's sign-in tokens never carry it
 * <p>
 * Checked at start-up: an issuer that is not an {@code http(s)://} address, or a timeout of nothing, stops the portal
 * with a message naming the setting.
 */
@Validated
@ConfigurationProperties("lessons.oidc")
public record OidcSettings(
        @Pattern(regexp = "https?://\\S+", flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "must be the realm's address starting with https:// (or http://), "
                        + "e.g. https://id.example.nhs.uk/realms/lessons") String issuer,
        String clientId, String clientSecret, List<String> scopes,
        @DurationMin(millis = 1, message = "must be a positive duration, e.g. 3s") Duration availabilityTimeout,
        String apiAudience) {

    public static final String REGISTRATION_ID = "keycloak";
    public static final String DEFAULT_API_AUDIENCE = "lessons-portal-api";

    public OidcSettings {
        issuer = issuer == null || issuer.isBlank() ? "http://127.0.0.1:8180/realms/lessons" : stripSlash(issuer);
        clientId = clientId == null || clientId.isBlank() ? "lessons-portal" : clientId;
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile", "email",
                "organization:*") : scopes;
        availabilityTimeout = availabilityTimeout == null ? Duration.ofSeconds(3) : availabilityTimeout;
        apiAudience = apiAudience == null || apiAudience.isBlank() ? DEFAULT_API_AUDIENCE : apiAudience.strip();
    }

    private static String stripSlash(String uri) {
        String trimmed = uri.trim();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    String discoveryUri() {
        return issuer + "/.well-known/openid-configuration";
    }
}
