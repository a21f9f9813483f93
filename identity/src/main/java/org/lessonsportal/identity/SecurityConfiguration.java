package org.lessonsportal.identity;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.time.Clock;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Sign-in with an organisation account: Spring Security's OIDC login against Keycloak, with Vaadin's configurer for
 * the views. Views declare {@code @RolesAllowed}/{@code @PermitAll}/{@code @AnonymousAllowed}; services repeat the
 * check with {@code @PreAuthorize}/{@code @RolesAllowed} (see {@link IdentityConfiguration}). The read-only API
 * under {@code /api/} has its own chain ({@link ApiSecurityConfiguration}).
 *
 * <p>Sessions follow Keycloak (docs/adr/0039): Keycloak's back-channel logout ends the portal sessions of a sign-in
 * ({@link BackChannelLogout}), roles and organisations are fetched again every few minutes
 * ({@link RoleRefreshFilter}), and a session ends after the idle timeout ({@link PortalSessions}).
 */
@Configuration
@ConditionalOnWebApplication
@EnableWebSecurity
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(OidcSettings settings, PublicAddress address) {
        return new LazyClientRegistrationRepository(settings, address);
    }

    @Bean
    PortalOidcUserService portalOidcUserService(OrganisationService organisations,
            OrganisationsFromOds organisationsFromOds) {
        return new PortalOidcUserService(organisations, organisationsFromOds);
    }

    @Bean
    OidcSessionRegistry oidcSessionRegistry() {
        return new LoggedOidcSessions();
    }

    @Bean
    PortalSessions portalSessions(SessionSettings settings) {
        return new PortalSessions(settings);
    }

    /** Requests naming a host other than the public address's or this machine's are refused (see KnownHosts). */
    @Bean
    WebSecurityCustomizer knownHostsOnly(PublicAddress address) {
        return web -> web.httpFirewall(KnownHosts.firewall(address));
    }

    /** Tells Spring Security when sessions end or change id, so its record of OIDC sessions stays right. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** The tokens of a sign-in live in its session (and end with it), where the role refresh finds them. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portalSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
            IdentityProviderStatus status, PortalOidcUserService userService, OidcSessionRegistry oidcSessions,
            PortalSessions sessions, OAuth2AuthorizedClientRepository authorizedClients, OidcSettings oidc,
            OrganisationService organisations, SessionSettings sessionSettings, PublicAddress address)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(IdentityPaths.SIGN_IN, "/actuator/health", "/actuator/health/**",
                        "/images/**", "/icons/**", "/favicon.ico")
                .permitAll());
        BrowserHeaders.apply(http);
        http.addFilterBefore(new SignInAvailabilityFilter(status), OAuth2AuthorizationRequestRedirectFilter.class);
        DefaultOAuth2AuthorizationRequestResolver withPkce = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.oauth2Login(login -> login
                .loginPage(IdentityPaths.SIGN_IN)
                .authorizedClientRepository(authorizedClients)
                .authorizationEndpoint(authorization -> authorization.authorizationRequestResolver(withPkce))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(userService))
                .failureHandler(failureHandler(status)));
        http.oidcLogout(logout -> logout
                .backChannel(backChannel -> backChannel.logoutHandler(new BackChannelLogout(oidcSessions, sessions))));
        SignInRefresher refresher = new SignInRefresher(authorizedClients,
                new RestClientRefreshTokenTokenResponseClient(), SignInRefresher.decoder(oidc), organisations);
        http.addFilterBefore(new RoleRefreshFilter(refresher, sessionSettings, Clock.systemUTC()),
                AuthorizationFilter.class);
        http.with(vaadin(), vaadin -> vaadin
                .oauth2LoginPage(IdentityPaths.SIGN_IN)
                .logoutSuccessHandler(new SignOutHandler(registrations, status, address)));
        return http.build();
    }

    private static AuthenticationFailureHandler failureHandler(IdentityProviderStatus status) {
        return (request, response, exception) -> {
            log.warn("Sign-in did not complete: {}", exception.getMessage());
            status.forget();
            String target = status.isAvailable() ? IdentityPaths.SIGN_IN_FAILED : IdentityPaths.SIGN_IN_UNAVAILABLE;
            response.sendRedirect(request.getContextPath() + "/" + target);
        };
    }
}
