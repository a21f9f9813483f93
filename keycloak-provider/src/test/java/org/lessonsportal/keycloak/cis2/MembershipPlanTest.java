package org.lessonsportal.keycloak.cis2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Memberships follow the organisations a person holds CIS2 roles at. */
class MembershipPlanTest {

    @Test
    void aFirstSignInJoinsEveryKnownOrganisationOfTheRoles() {
        MembershipPlan plan = MembershipPlan.of(Set.of("ZZ2", "ZZ3"), Set.of("ZZ2", "ZZ3"), Set.of());

        assertThat(plan.join()).containsExactlyInAnyOrder("ZZ2", "ZZ3");
        assertThat(plan.leave()).isEmpty();
        assertThat(plan.unknown()).isEmpty();
    }

    @Test
    void aRoleGivenUpLeavesThatOrganisationAndANewOneJoins() {
        MembershipPlan plan = MembershipPlan.of(Set.of("ZZ3", "QZZ"), Set.of("ZZ3", "QZZ"), Set.of("ZZ2", "ZZ3"));

        assertThat(plan.join()).containsExactly("QZZ");
        assertThat(plan.leave()).containsExactly("ZZ2");
        assertThat(plan.unknown()).isEmpty();
    }

    @Test
    void anOdsCodeNoOrganisationHasJoinsNothingAndIsReported() {
        MembershipPlan plan = MembershipPlan.of(Set.of("ZZ9"), Set.of(), Set.of());

        assertThat(plan.join()).isEmpty();
        assertThat(plan.unknown()).containsExactly("ZZ9");
    }

    @Test
    void noRolesAtAllLeaveEveryOrganisation() {
        MembershipPlan plan = MembershipPlan.of(Set.of(), Set.of(), Set.of("ZZ1"));

        assertThat(plan.leave()).containsExactly("ZZ1");
        assertThat(plan.join()).isEmpty();
    }

    @Test
    void nothingChangesWhenTheRolesAreTheSame() {
        MembershipPlan plan = MembershipPlan.of(Set.of("ZZ2"), Set.of("ZZ2"), Set.of("ZZ2"));

        assertThat(plan.join()).isEmpty();
        assertThat(plan.leave()).isEmpty();
        assertThat(plan.unknown()).isEmpty();
    }
}
