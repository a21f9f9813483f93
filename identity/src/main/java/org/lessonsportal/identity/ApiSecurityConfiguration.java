package org.lessonsportal.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The read-only API for other NHS systems: bearer tokens from the same Keycloak realm (e.g. the demo realm's
 * {@code lessons-api-demo} client with client credentials), no session, no cookies, no CSRF. A token must name the
 * API's audience ({@link OidcSettings#apiAudience()}, see {@link ApiAudienceValidator}): a person's token for the
 * portal's sign-in client is refused even if it carries an API role. Realm roles in the {@code roles} claim become
 * authorities ({@code api-read} → {@code ROLE_api-read}). A missing, invalid or misdirected token is 401 and a missing
 * role 403, both as RFC 9457 problem details in plain English.
 */
@Configuration
@ConditionalOnWebApplication
class ApiSecurityConfiguration {

    static final String API = "/api/**";

    @Bean
    JwtDecoder apiJwtDecoder(OidcSettings settings) {
        // Discovered on first use, so the portal starts while Keycloak is down.
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(settings.issuer()).build();
            decoder.setJwtValidator(validator(settings));
            return decoder;
        });
    }

    /** The usual checks (signature aside: times, issuer) plus the API's audience. */
    static OAuth2TokenValidator<Jwt> validator(OidcSettings settings) {
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(settings.issuer()),
                new ApiAudienceValidator(settings.apiAudience()));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder apiJwtDecoder, ObjectMapper json) throws Exception {
        JwtAuthenticationConverter authorities = new JwtAuthenticationConverter();
        authorities.setJwtGrantedAuthoritiesConverter(ApiSecurityConfiguration::roles);
        BrowserHeaders.apply(http);
        http.securityMatcher(API)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/openapi.json").permitAll()
                        .requestMatchers("/api/import").hasRole("api-import")
                        .anyRequest().hasRole("api-read"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(apiJwtDecoder).jwtAuthenticationConverter(authorities))
                        .authenticationEntryPoint((request, response, e) -> unauthorized(response, json, e))
                        .accessDeniedHandler((request, response, e) -> problem(response, json, 403,
                                "Not allowed", "Your token does not carry the role this request needs.")))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> unauthorized(response, json, e))
                        .accessDeniedHandler((request, response, e) -> problem(response, json, 403,
                                "Not allowed", "Your token does not carry the role this request needs.")));
        return http.build();
    }

    /** 401: no valid token, or a valid token of the realm that is not meant for the API. */
    static void unauthorized(HttpServletResponse response, ObjectMapper json, Exception failure) throws IOException {
        if (ApiAudienceValidator.refused(failure)) {
            problem(response, json, 401, "Token not for this API", ApiAudienceValidator.NOT_FOR_THIS_API);
        } else {
            problem(response, json, 401, "Sign-in needed", "Send a valid bearer token from the Lessons Portal "
                    + "identity provider in the Authorization header.");
        }
    }

    static Collection<GrantedAuthority> roles(Jwt jwt) {
        List<GrantedAuthority> result = new ArrayList<>();
        Object roles = jwt.getClaims().get("roles");
        if (roles == null && jwt.getClaims().get("realm_access") instanceof Map<?, ?> realmAccess) {
            roles = realmAccess.get("roles");
        }
        if (roles instanceof Collection<?> values) {
            values.forEach(role -> result.add(new SimpleGrantedAuthority("ROLE_" + role)));
        }
        return result;
    }

    static void problem(HttpServletResponse response, ObjectMapper json, int status, String title, String detail)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        json.writeValue(response.getOutputStream(), body);
    }
}
