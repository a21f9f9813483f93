package org.lessonsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.organisation.JoinConfirmation;
import org.lessonsportal.domain.organisation.JoinRequestService;
import org.lessonsportal.domain.organisation.OrganisationDetails;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.taxonomy.Setting;

/**
 * Confirming a request to join: Keycloak first, then the portal; when the portal's step fails after Keycloak took the
 * person in, the membership this step added is taken out again, and one the person already had is left alone. (The
 * whole path against the real Keycloak is {@code OrganisationFromSignInIT}'s.)
 */
class OrganisationJoiningTest {

    private static final Actor ADMIN = new Actor(7L, 3L, Set.of(3L), Set.of("admin"));
    private static final JoinConfirmation PLAN = new JoinConfirmation(42L, "subject-of-nina",
            new OrganisationDetails("RK9", "Kestrel NHS Trust", Setting.ACUTE, null, null, null));

    /** Keycloak's admin API as far as this step uses it, recording what it was asked to do. */
    static class RecordingKeycloak extends KeycloakAdminClient {
        final List<String> calls = new ArrayList<>();
        private final boolean alreadyMember;

        RecordingKeycloak(boolean alreadyMember) {
            super(new OidcSettings("http://localhost/realms/lessons", null, null, List.of(), null, null),
                    new DirectorySyncSettings(null, "secret", null, null), Clock.systemUTC());
            this.alreadyMember = alreadyMember;
        }

        @Override
        public String ensureOrganisation(OrganisationDetails details) {
            return "kc-" + details.odsCode();
        }

        @Override
        public boolean addMember(String organisationId, String userId) {
            calls.add("add " + userId + " to " + organisationId);
            return !alreadyMember;
        }

        @Override
        public void removeMember(String organisationId, String userId) {
            calls.add("remove " + userId + " from " + organisationId);
        }
    }

    private static JoinRequestService portalThatRefuses() {
        JoinRequestService joinRequests = mock(JoinRequestService.class);
        when(joinRequests.prepareConfirmation(42L, ADMIN)).thenReturn(PLAN);
        when(joinRequests.confirm(eq(42L), eq(ADMIN), any())).thenThrow(new NotAllowedException("This request was "
                + "already withdrawn. Reload to see the requests still waiting."));
        return joinRequests;
    }

    @Test
    void aMembershipAddedForARequestThePortalNoLongerConfirmsIsTakenOutAgain() {
        RecordingKeycloak keycloak = new RecordingKeycloak(false);
        OrganisationJoining joining = new OrganisationJoining(portalThatRefuses(), keycloak);

        assertThatThrownBy(() -> joining.confirm(42L, ADMIN)).isInstanceOf(NotAllowedException.class)
                .hasMessageStartingWith("This request was already withdrawn.");
        assertThat(keycloak.calls).containsExactly("add subject-of-nina to kc-RK9",
                "remove subject-of-nina from kc-RK9");
    }

    @Test
    void aMembershipThePersonAlreadyHadStays() {
        RecordingKeycloak keycloak = new RecordingKeycloak(true);
        OrganisationJoining joining = new OrganisationJoining(portalThatRefuses(), keycloak);

        assertThatThrownBy(() -> joining.confirm(42L, ADMIN)).isInstanceOf(NotAllowedException.class);
        assertThat(keycloak.calls).containsExactly("add subject-of-nina to kc-RK9");
    }
}
