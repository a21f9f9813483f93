package org.lessonsportal.identity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lessonsportal.domain.organisation.MemberView;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/**
 * Signs a person in for browserless tests (Karibu, service tests) exactly as a real sign-in would leave them: the
 * member and organisation are provisioned, and the security context holds the portal's principal. Shipped in the
 * identity test-jar.
 */
public final class TestUsers {

    private TestUsers() {
    }

    /** A person in one organisation; {@code odsCode == null} means no organisation. */
    public static CurrentUser signIn(OrganisationService organisations, String username, String name, String odsCode,
            String organisationName, String... roles) {
        List<OrganisationMembership> memberships = odsCode == null ? List.of()
                : List.of(new OrganisationMembership(odsCode, organisationName, null, null, null,
                        odsCode.toLowerCase(), null));
        TokenIdentity identity = PortalOidcUserService.withNames(new TokenIdentity("test-" + username + "-"
                + UUID.randomUUID(), username, name, username + "@example.nhs.uk", memberships, Set.of(roles)),
                organisations);
        OrganisationMembership active = memberships.isEmpty() ? null : memberships.get(0);
        MemberView member = PortalOidcUserService.record(identity, active, organisations);
        OidcIdToken token = new OidcIdToken("test-token", Instant.now(), Instant.now().plusSeconds(3600),
                Map.of("sub", identity.subject(), "preferred_username", username));
        PortalUser user = new PortalUser(PortalOidcUserService.authorities(List.of(), identity.roles()), token, null,
                identity, member, active == null ? null : active.odsCode());
        SecurityContextHolder.getContext().setAuthentication(
                new OAuth2AuthenticationToken(user, user.getAuthorities(), OidcSettings.REGISTRATION_ID));
        return user.toCurrentUser();
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
