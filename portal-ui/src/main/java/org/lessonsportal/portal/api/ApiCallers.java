package org.lessonsportal.portal.api;

import java.util.Set;
import java.util.stream.Collectors;
import org.lessonsportal.domain.shared.ApiClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The API client a request comes from, as the domain sees it ({@link ApiClient}): the client id from the checked
 * token ({@code azp}, which Keycloak sets to the client that asked for the token) and the realm roles the API's
 * security chain read from it. The services check the roles again and name the client in the audit trail.
 */
final class ApiCallers {

    private static final String ROLE_PREFIX = "ROLE_";

    private ApiCallers() {
    }

    static ApiClient client(Authentication caller) {
        if (!(caller instanceof JwtAuthenticationToken token)) {
            throw new AccessDeniedException("Not an API client's token");
        }
        String clientId = token.getToken().getClaimAsString("azp");
        if (clientId == null || clientId.isBlank()) {
            clientId = token.getToken().getClaimAsString("client_id");
        }
        if (clientId == null || clientId.isBlank()) {
            throw new AccessDeniedException("The token names no client");
        }
        Set<String> roles = token.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length())).collect(Collectors.toSet());
        return new ApiClient(clientId, roles);
    }
}
