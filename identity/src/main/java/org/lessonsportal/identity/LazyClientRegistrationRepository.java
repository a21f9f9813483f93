package org.lessonsportal.identity;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The portal's one client registration, discovered from the issuer the first time it is needed rather than at
 * start-up: the portal must start, and show its public pages, while Keycloak is down. Discovery is retried on every
 * use until it succeeds once.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LazyClientRegistrationRepository implements ClientRegistrationRepository {

    private final OidcSettings settings;
    private final PublicAddress address;
    private volatile ClientRegistration registration;

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!OidcSettings.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = discover();
                }
                known = registration;
            }
        }
        return known;
    }

    private ClientRegistration discover() {
        try {
            return ClientRegistrations.fromIssuerLocation(settings.issuer())
                    .registrationId(OidcSettings.REGISTRATION_ID)
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    // The configured public address, never the request's Host header.
                    .redirectUri(address.isConfigured() ? address.of("/login/oauth2/code/{registrationId}")
                            : "{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope(settings.scopes())
                    .userNameAttributeName("preferred_username")
                    .clientName("Keycloak")
                    .build();
        } catch (RuntimeException e) {
            throw new SignInUnavailableException("The identity provider at " + settings.issuer() + " did not answer", e);
        }
    }
}
