package org.lessonsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** Only tokens naming the API's audience are accepted at the API; the refusal is a plain 401 problem. */
class ApiAudienceValidatorTest {

    private static final String ISSUER = "http://127.0.0.1:8180/realms/lessons";
    private static final OidcSettings SETTINGS = new OidcSettings(ISSUER, null, null, null, null, null);

    private static Jwt token(String authorisedParty, String... audiences) {
        Jwt.Builder token = Jwt.withTokenValue("token").header("alg", "RS256").issuer(ISSUER)
                .issuedAt(Instant.now().minusSeconds(10)).expiresAt(Instant.now().plusSeconds(300))
                .claim("azp", authorisedParty).claim("roles", List.of("api-read", "api-import"));
        if (audiences.length > 0) {
            token.audience(List.of(audiences));
        }
        return token.build();
    }

    @Test
    void theAudienceIsLessonsPortalApiUnlessSet() {
        assertThat(SETTINGS.apiAudience()).isEqualTo("lessons-portal-api");
        assertThat(new OidcSettings(ISSUER, null, null, null, null, " our-api ").apiAudience()).isEqualTo("our-api");
    }

    @Test
    void aTokenNamingTheApiIsAccepted() {
        OAuth2TokenValidator<Jwt> validator = ApiSecurityConfiguration.validator(SETTINGS);

        assertThat(validator.validate(token("lessons-api-demo", "lessons-portal-api")).hasErrors()).isFalse();
        assertThat(validator.validate(token("lessons-api-demo", "account", "lessons-portal-api")).hasErrors())
                .isFalse();
    }

    @Test
    void aPersonsSignInTokenAndATokenWithoutAudienceAreRefused() {
        OAuth2TokenValidator<Jwt> validator = ApiSecurityConfiguration.validator(SETTINGS);

        for (Jwt token : List.of(token("lessons-portal", "account"), token("lessons-portal"),
                token("lessons-api-demo", "lessons-portal-api-not"))) {
            OAuth2TokenValidatorResult result = validator.validate(token);
            assertThat(result.hasErrors()).as(token.getAudience() + "").isTrue();
            assertThat(result.getErrors()).extracting(e -> e.getDescription())
                    .contains(ApiAudienceValidator.NOT_FOR_THIS_API);
        }
        assertThat(new ApiAudienceValidator("another-api").validate(token("lessons-api-demo", "lessons-portal-api"))
                .hasErrors()).as("the audience comes from the settings").isTrue();
    }

    @Test
    void theRefusalIsA401ProblemInPlainEnglish() throws Exception {
        ObjectMapper json = new ObjectMapper();
        OAuth2TokenValidatorResult result = ApiSecurityConfiguration.validator(SETTINGS)
                .validate(token("lessons-portal", "account"));
        // as the resource server reports it: the decoder's validation failure inside a bearer-token failure
        InvalidBearerTokenException failure = new InvalidBearerTokenException("invalid",
                new JwtValidationException("invalid", result.getErrors()));
        MockHttpServletResponse response = new MockHttpServletResponse();

        ApiSecurityConfiguration.unauthorized(response, json, failure);

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode body = json.readTree(response.getContentAsByteArray());
        assertThat(body.get("detail").asText()).startsWith("Your token is not meant for this API");

        MockHttpServletResponse other = new MockHttpServletResponse();
        ApiSecurityConfiguration.unauthorized(other, json, new InvalidBearerTokenException("expired"));
        assertThat(json.readTree(other.getContentAsByteArray()).get("detail").asText()).contains("bearer token");
    }
}
