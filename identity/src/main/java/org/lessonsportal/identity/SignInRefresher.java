package org.lessonsportal.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.organisation.MemberView;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Asks Keycloak again who a signed-in person is: the refresh-token grant with the tokens kept in their session, then
 * the portal's principal rebuilt from the new access token exactly as at sign-in (roles, organisations, the member
 * record). Keycloak refusing the refresh token means the sign-in is over ({@link SignInEndedException}).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SignInRefresher {

    private final OAuth2AuthorizedClientRepository authorizedClients;
    private final OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> tokenClient;
    private final JwtDecoder jwtDecoder;
    private final OrganisationService organisationService;

    /**
     * Reads the refreshed access token: signed by the realm, from its issuer, in date, and issued to the portal's own
     * sign-in client ({@code azp}). Not the API's decoder: a person's token never names the API's audience.
     */
    static JwtDecoder decoder(OidcSettings settings) {
        // Discovered on first use, like the API's decoder, so the portal starts while Keycloak is down.
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(settings.issuer()).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(settings.issuer()),
                    new JwtClaimValidator<String>("azp", settings.clientId()::equals)));
            return decoder;
        });
    }

    /** The rebuilt principal, or {@code null} when the session holds no refresh token (nothing to ask with). */
    PortalUser refresh(OAuth2AuthenticationToken authentication, PortalUser user, HttpServletRequest request,
            HttpServletResponse response, long now) {
        OAuth2AuthorizedClient client = authorizedClients.loadAuthorizedClient(
                authentication.getAuthorizedClientRegistrationId(), authentication, request);
        if (client == null || client.getRefreshToken() == null) {
            return null;
        }
        OAuth2AccessTokenResponse tokens;
        try {
            tokens = tokenClient.getTokenResponse(new OAuth2RefreshTokenGrantRequest(client.getClientRegistration(),
                    client.getAccessToken(), client.getRefreshToken()));
        } catch (OAuth2AuthorizationException e) {
            if ("invalid_grant".equals(e.getError().getErrorCode())) {
                throw new SignInEndedException("the identity provider no longer accepts the sign-in ("
                        + e.getError().getDescription() + ")", e);
            }
            throw e;
        }
        OAuth2RefreshToken refreshToken = tokens.getRefreshToken() != null ? tokens.getRefreshToken()
                : client.getRefreshToken();
        authorizedClients.saveAuthorizedClient(new OAuth2AuthorizedClient(client.getClientRegistration(),
                client.getPrincipalName(), tokens.getAccessToken(), refreshToken), authentication, request, response);

        Map<String, Object> claims = jwtDecoder.decode(tokens.getAccessToken().getTokenValue()).getClaims();
        TokenIdentity fresh = PortalOidcUserService.withNames(TokenClaims.read(claims), organisationService);
        TokenIdentity identity = new TokenIdentity(user.identity().subject(),
                fresh.username() != null ? fresh.username() : user.identity().username(),
                fresh.name() != null ? fresh.name() : user.identity().name(),
                fresh.email() != null ? fresh.email() : user.identity().email(), fresh.organisations(),
                fresh.roles(), fresh.actingOdsCode());
        OrganisationMembership active = identity.organisations().stream()
                .filter(o -> user.active().map(a -> a.odsCode().equals(o.odsCode())).orElse(false)).findFirst()
                .orElse(identity.acting());
        MemberView member = PortalOidcUserService.record(identity, active, organisationService);
        PortalUser refreshed = new PortalUser(authorities(user.getAuthorities(), identity.roles()), user.getIdToken(),
                user.getUserInfo(), identity, member, active == null ? null : active.odsCode());
        refreshed.checkedAt(now);
        return refreshed;
    }

    /** What the sign-in granted apart from roles (OIDC_USER, scopes), with the roles replaced by the new ones. */
    private static Set<GrantedAuthority> authorities(Collection<? extends GrantedAuthority> before, Set<String> roles) {
        Set<GrantedAuthority> kept = before.stream().filter(a -> !a.getAuthority().startsWith("ROLE_"))
                .collect(Collectors.toSet());
        return PortalOidcUserService.authorities(kept, roles);
    }
}
