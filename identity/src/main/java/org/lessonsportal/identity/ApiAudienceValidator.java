package org.lessonsportal.identity;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Accepts only tokens meant for the API: their {@code aud} names the API's audience ({@code lessons.oidc.api-audience},
 * {@code lessons-portal-api} by default). Every token of the realm is signed by the same key, so without this a
 * person's token for the portal's own sign-in client would be as good as an API client's. The realm's API clients get
 * the audience from an audience mapper; the refusal says so in plain English.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class ApiAudienceValidator implements OAuth2TokenValidator<Jwt> {

    /** What the API answers a token without the audience (401). */
    static final String NOT_FOR_THIS_API = "Your token is not meant for this API: it does not name the Lessons "
            + "Portal API as its audience. Ask for a token as an API client of the Lessons Portal identity provider "
            + "(client credentials); a token from signing in to the portal cannot be used here.";

    private final String audience;

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        List<String> audiences = token.getAudience();
        if (audiences != null && audiences.contains(audience)) {
            return OAuth2TokenValidatorResult.success();
        }
        return OAuth2TokenValidatorResult.failure(error());
    }

    static OAuth2Error error() {
        return new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, NOT_FOR_THIS_API, null);
    }

    /** Whether a failed authentication failed because of this validator, anywhere in its causes. */
    static boolean refused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JwtValidationException invalid
                    && invalid.getErrors().stream().anyMatch(e -> NOT_FOR_THIS_API.equals(e.getDescription()))) {
                return true;
            }
        }
        return false;
    }
}
