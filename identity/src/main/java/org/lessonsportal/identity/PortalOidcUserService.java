package org.lessonsportal.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.organisation.MemberView;
import org.lessonsportal.domain.organisation.OrganisationDetails;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.organisation.OrganisationView;
import org.lessonsportal.domain.organisation.SignIn;
import org.lessonsportal.domain.taxonomy.Labelled;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a successful OIDC sign-in into the portal's user: roles become authorities ({@code ROLE_reviewer}), and the
 * member and organisation records are provisioned or brought up to date: every organisation in the token is kept as
 * a membership (conflicts of interest are checked against all of them), and the one the token names as acted for
 * ({@code acting_ods_code}, e.g. the organisation of the role chosen at an NHS CIS2 sign-in), else the first in
 * ODS-code order, is the one the person acts for until they choose another. Where an ODS import listed an
 * organisation's code, its name, type, region and parent ICB come from ODS (docs/adr/0047); otherwise the name comes
 * from the organisation's {@code display_name} attribute in the token; when it is missing, the name the portal
 * already has, else the ODS code (see docs/adr/0003). An organisation the sign-in names that the realm lacks but ODS
 * lists is created and joined first ({@link OrganisationsFromOds}).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PortalOidcUserService extends OidcUserService {

    private final OrganisationService organisationService;
    private final OrganisationsFromOds organisationsFromOds;

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser oidcUser = super.loadUser(request);
        TokenIdentity told = organisationsFromOds.joinListed(TokenClaims.read(oidcUser.getClaims()),
                TokenClaims.roleOdsCodes(oidcUser.getClaims()));
        TokenIdentity identity = withNames(told, organisationService);
        OrganisationMembership active = identity.acting();
        MemberView member = record(identity, active, organisationService);
        return new PortalUser(authorities(oidcUser.getAuthorities(), identity.roles()), oidcUser.getIdToken(),
                oidcUser.getUserInfo(), identity, member, active == null ? null : active.odsCode());
    }

    static MemberView record(TokenIdentity identity, OrganisationMembership active, OrganisationService service) {
        return service.recordSignIn(signIn(identity, active));
    }

    /** The sign-in to record: acting for {@code active}, a member of every organisation in the token. */
    static SignIn signIn(TokenIdentity identity, OrganisationMembership active) {
        return new SignIn(identity.subject(), identity.username(), identity.name(), identity.email(),
                active == null ? null : details(active),
                identity.organisations().stream().map(PortalOidcUserService::details).toList(), identity.roles());
    }

    private static OrganisationDetails details(OrganisationMembership membership) {
        return new OrganisationDetails(membership.odsCode(), membership.name(),
                Labelled.find(Setting.class, membership.orgType()).orElse(null),
                Labelled.find(Region.class, membership.region()).orElse(null), membership.keycloakId(),
                membership.parentIcb());
    }

    /**
     * The organisations as the portal keeps them: where an ODS import listed the code, ODS's name, type, region and
     * parent ICB (the token's only where ODS says nothing, ADR 0047); otherwise the token's, with the name the portal
     * already has, else the ODS code, where the token has none.
     */
    static TokenIdentity withNames(TokenIdentity identity, OrganisationService organisationService) {
        List<OrganisationMembership> named = new ArrayList<>();
        for (OrganisationMembership o : identity.organisations()) {
            String name = o.name();
            if (name == null) {
                name = organisationService.findByOdsCode(o.odsCode()).map(OrganisationView::name)
                        .orElse(o.odsCode());
            }
            OrganisationMembership told = new OrganisationMembership(o.odsCode(), name, o.orgType(), o.region(),
                    o.keycloakId(), o.alias(), o.parentIcb());
            OrganisationDetails kept = organisationService.kept(details(told));
            named.add(new OrganisationMembership(o.odsCode(), kept.name(),
                    kept.type() != null ? kept.type().code() : o.orgType(),
                    kept.region() != null ? kept.region().code() : o.region(), o.keycloakId(), o.alias(),
                    kept.parentIcbOdsCode() != null ? kept.parentIcbOdsCode() : o.parentIcb()));
        }
        return new TokenIdentity(identity.subject(), identity.username(), identity.name(), identity.email(), named,
                identity.roles(), identity.actingOdsCode());
    }

    static Set<GrantedAuthority> authorities(Collection<? extends GrantedAuthority> given, Set<String> roles) {
        Set<GrantedAuthority> authorities = new HashSet<>(given);
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        return authorities;
    }
}
