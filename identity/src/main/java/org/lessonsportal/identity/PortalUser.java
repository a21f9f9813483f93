package org.lessonsportal.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.lessonsportal.domain.organisation.MemberView;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** The principal of a signed-in session: the OIDC user plus what the portal made of it. */
class PortalUser extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    private final TokenIdentity identity;
    private final Long memberId;
    private volatile String activeOdsCode;
    private volatile Long organisationId;
    /** When the roles were last taken from Keycloak (sign-in or refresh), epoch milliseconds. */
    private final AtomicLong checkedAt = new AtomicLong(System.currentTimeMillis());
    private volatile Set<Long> organisationIds;

    PortalUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
            TokenIdentity identity, MemberView member, String activeOdsCode) {
        super(authorities, idToken, userInfo, "preferred_username");
        this.identity = identity;
        this.memberId = member.id();
        this.organisationId = member.organisationId();
        this.organisationIds = member.organisationIds();
        this.activeOdsCode = activeOdsCode;
    }

    TokenIdentity identity() {
        return identity;
    }

    Optional<OrganisationMembership> active() {
        return identity.organisations().stream().filter(o -> o.odsCode().equals(activeOdsCode)).findFirst();
    }

    void activate(String odsCode, MemberView member) {
        this.activeOdsCode = odsCode;
        this.organisationId = member.organisationId();
        this.organisationIds = member.organisationIds();
    }

    void checkedAt(long millis) {
        checkedAt.set(millis);
    }

    /**
     * Whether the roles are due to be taken from Keycloak again; {@code true} for one caller only, so concurrent
     * requests of one session refresh once.
     */
    boolean claimRefresh(long now, long intervalMillis) {
        long last = checkedAt.get();
        return now - last >= intervalMillis && checkedAt.compareAndSet(last, now);
    }

    CurrentUser toCurrentUser() {
        List<OrganisationMembership> organisations = identity.organisations();
        return new CurrentUser(memberId, organisationId, organisationIds, identity.subject(), identity.username(),
                identity.name(), identity.email(), organisations, active().orElse(null), identity.roles());
    }
}
