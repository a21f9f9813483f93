package org.lessonsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.organisation.OrganisationDetails;
import org.lessonsportal.domain.organisation.SignIn;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.taxonomy.Setting;

/** Real-looking claim sets, as Keycloak 26 sends them with the demo realm's mappers. */
class TokenClaimsTest {

    private static Map<String, Object> claims(Object organization, Object roles) {
        java.util.HashMap<String, Object> claims = new java.util.HashMap<>(Map.of(
                "sub", "5d1c7f2a-0000-4000-8000-000000000001",
                "preferred_username", "alice",
                "name", "Alice Author",
                "given_name", "Alice",
                "family_name", "Author",
                "email", "alice@northshire-hospitals.example.nhs.uk"));
        if (organization != null) {
            claims.put("organization", organization);
        }
        if (roles != null) {
            claims.put("roles", roles);
        }
        return claims;
    }

    private static Map<String, Object> org(String id, String ods, String type, String region) {
        return Map.of("id", id, "ods_code", List.of(ods), "org_type", List.of(type), "region", List.of(region));
    }

    @Test
    void oneOrganisation() {
        TokenIdentity identity = TokenClaims.read(claims(
                Map.of("northshire-hospitals", org("org-1", "ZZ1", "acute", "north-west")),
                List.of("contributor", "default-roles-lessons", "offline_access")));

        assertThat(identity.subject()).isEqualTo("5d1c7f2a-0000-4000-8000-000000000001");
        assertThat(identity.username()).isEqualTo("alice");
        assertThat(identity.name()).isEqualTo("Alice Author");
        assertThat(identity.email()).isEqualTo("alice@northshire-hospitals.example.nhs.uk");
        assertThat(identity.organisations()).containsExactly(new OrganisationMembership("ZZ1", null, "acute",
                "north-west", "org-1", "northshire-hospitals", null));
        assertThat(identity.roles()).contains("contributor");
    }

    @Test
    void theListKeycloak26SendsMergesAliasesAndAttributeObjects() {
        TokenIdentity identity = TokenClaims.read(claims(List.of("zz1", Map.of("zz1", Map.of(
                "id", "57b5b911-0a3a-4fb8-9e93-f1d53b569839", "ods_code", List.of("ZZ1"), "org_type", List.of("acute"),
                "region", List.of("north-west"), "parent_icb", List.of("QZZ"),
                "display_name", List.of("Northshire Hospitals NHS Foundation Trust")))), List.of("contributor")));

        assertThat(identity.organisations()).containsExactly(new OrganisationMembership("ZZ1",
                "Northshire Hospitals NHS Foundation Trust", "acute", "north-west",
                "57b5b911-0a3a-4fb8-9e93-f1d53b569839", "zz1", "QZZ"));
    }

    @Test
    void severalOrganisationsInTheListAreAllKept() {
        TokenIdentity identity = TokenClaims.read(claims(List.of("zz2", "qzz",
                Map.of("zz2", org("org-2", "ZZ2", "community", "midlands")),
                Map.of("qzz", org("org-4", "QZZ", "integrated-care-board", "north-west"))), List.of("contributor")));

        assertThat(identity.organisations()).extracting(OrganisationMembership::odsCode).containsExactly("QZZ", "ZZ2");
    }

    @Test
    void severalOrganisationsAreAllKeptInOdsCodeOrder() {
        TokenIdentity identity = TokenClaims.read(claims(Map.of(
                "riverside", org("org-2", "ZZ2", "community", "midlands"),
                "icb", org("org-4", "QZZ", "integrated-care-board", "north-west")), List.of("contributor")));

        assertThat(identity.organisations()).extracting(OrganisationMembership::odsCode).containsExactly("QZZ", "ZZ2");
    }

    @Test
    void aSignInFromATokenWithSeveralOrganisationsRecordsEveryMembership() {
        TokenIdentity identity = TokenClaims.read(claims(List.of("zz2", "zz3",
                Map.of("zz2", org("org-2", "ZZ2", "community", "midlands")),
                Map.of("zz3", org("org-3", "ZZ3", "primary-care", "south-west"))), List.of("reviewer")));

        SignIn signIn = PortalOidcUserService.signIn(identity, identity.organisations().get(0));

        assertThat(signIn.organisation().odsCode()).isEqualTo("ZZ2");
        assertThat(signIn.organisations()).extracting(OrganisationDetails::odsCode).containsExactly("ZZ2", "ZZ3");
        assertThat(signIn.organisations().get(1).type()).isEqualTo(Setting.PRIMARY_CARE);

        SignIn actingForTheOther = PortalOidcUserService.signIn(identity, identity.organisations().get(1));
        assertThat(actingForTheOther.organisation().odsCode()).isEqualTo("ZZ3");
        assertThat(actingForTheOther.organisations()).extracting(OrganisationDetails::odsCode)
                .containsExactlyInAnyOrder("ZZ2", "ZZ3");
    }

    @Test
    void theOrganisationTheTokenNamesAsActedForIsTheOneActedFor() {
        Map<String, Object> claims = claims(List.of("zz2", "zz3",
                Map.of("zz2", org("org-2", "ZZ2", "community", "midlands")),
                Map.of("zz3", org("org-3", "ZZ3", "primary-care", "south-west"))), List.of("contributor"));
        claims.put("acting_ods_code", "zz3");

        TokenIdentity identity = TokenClaims.read(claims);

        assertThat(identity.actingOdsCode()).isEqualTo("ZZ3");
        assertThat(identity.acting().odsCode()).as("not the first in ODS-code order").isEqualTo("ZZ3");
        assertThat(identity.unknownActingOdsCode()).isEmpty();
        SignIn signIn = PortalOidcUserService.signIn(identity, identity.acting());
        assertThat(signIn.organisation().odsCode()).isEqualTo("ZZ3");
        assertThat(signIn.organisations()).extracting(OrganisationDetails::odsCode)
                .containsExactlyInAnyOrder("ZZ2", "ZZ3");
    }

    @Test
    void withoutAnActingClaimTheFirstOrganisationIsActedFor() {
        TokenIdentity identity = TokenClaims.read(claims(List.of(
                Map.of("zz3", org("org-3", "ZZ3", "primary-care", "south-west")),
                Map.of("zz2", org("org-2", "ZZ2", "community", "midlands"))), List.of("contributor")));

        assertThat(identity.actingOdsCode()).isNull();
        assertThat(identity.acting().odsCode()).isEqualTo("ZZ2");
        assertThat(identity.unknownActingOdsCode()).isEmpty();
    }

    @Test
    void theOrganisationsOfEveryCis2RoleAreReadFromRoleOdsCodes() {
        Map<String, Object> claims = claims(null, List.of("contributor"));
        claims.put("role_ods_codes", " zz2 RZ3  zz2,QZZ ");

        assertThat(TokenClaims.roleOdsCodes(claims)).containsExactly("ZZ2", "RZ3", "QZZ");
        assertThat(TokenClaims.roleOdsCodes(claims(null, List.of("contributor")))).isEmpty();
        claims.put("role_ods_codes", "");
        assertThat(TokenClaims.roleOdsCodes(claims)).as("a sign-in with no roles").isEmpty();
    }

    @Test
    void anActingOrganisationThePersonDoesNotBelongToIsReportedAndNotActedFor() {
        Map<String, Object> oneOrganisation = claims(Map.of("zz2", org("org-2", "ZZ2", "community", "midlands")),
                List.of("contributor"));
        oneOrganisation.put("acting_ods_code", "ZZ9");
        Map<String, Object> none = claims(null, List.of("contributor"));
        none.put("acting_ods_code", "ZZ9");

        TokenIdentity member = TokenClaims.read(oneOrganisation);
        TokenIdentity nobody = TokenClaims.read(none);

        assertThat(member.acting().odsCode()).isEqualTo("ZZ2");
        assertThat(member.unknownActingOdsCode()).contains("ZZ9");
        assertThat(nobody.acting()).isNull();
        assertThat(nobody.unknownActingOdsCode()).contains("ZZ9");
    }

    @Test
    void aSignInWithoutOrganisationsRecordsNone() {
        SignIn signIn = PortalOidcUserService.signIn(TokenClaims.read(claims(null, List.of("contributor"))), null);
        assertThat(signIn.organisation()).isNull();
        assertThat(signIn.organisations()).isEmpty();
    }

    @Test
    void theCurrentUserActsForOneOrganisationAndBelongsToAllOfThem() {
        CurrentUser dave = new CurrentUser(5L, 20L, Set.of(20L, 30L), "s", "dave", "Dave Reviewer", null,
                List.of(), null, Set.of("reviewer"));

        Actor actor = dave.actor();
        assertThat(actor.organisationId()).isEqualTo(20L);
        assertThat(actor.belongsTo(20L)).isTrue();
        assertThat(actor.belongsTo(30L)).isTrue();
        assertThat(actor.actsFor(30L)).isFalse();
        assertThat(actor.belongsTo(40L)).isFalse();
    }

    @Test
    void noOrganisationClaimMeansNoOrganisation() {
        TokenIdentity identity = TokenClaims.read(claims(null, List.of("contributor")));
        assertThat(identity.organisations()).isEmpty();
    }

    @Test
    void anEmptyOrganisationClaimMeansNoOrganisation() {
        assertThat(TokenClaims.read(claims(Map.of(), List.of())).organisations()).isEmpty();
        assertThat(TokenClaims.read(claims(List.of(), List.of())).organisations()).isEmpty();
    }

    @Test
    void organisationsWithoutAnOdsCodeAreIgnored() {
        TokenIdentity identity = TokenClaims.read(claims(Map.of("mystery", Map.of("id", "org-9")), List.of()));
        assertThat(identity.organisations()).isEmpty();
        assertThat(TokenClaims.read(claims(List.of("zz1"), List.of())).organisations()).isEmpty();
    }

    @Test
    void odsCodesAreUpperCasedAndNamesTakenFromADisplayNameAttributeWhenSent() {
        TokenIdentity identity = TokenClaims.read(claims(Map.of("oak", Map.of("id", "org-3",
                "ods_code", List.of(" zz3 "), "display_name", List.of("Oakfield Medical Practice"))), List.of()));
        assertThat(identity.organisations()).singleElement().satisfies(o -> {
            assertThat(o.odsCode()).isEqualTo("ZZ3");
            assertThat(o.name()).isEqualTo("Oakfield Medical Practice");
        });
    }

    @Test
    void missingRolesMeanNoRoles() {
        assertThat(TokenClaims.read(claims(null, null)).roles()).isEmpty();
    }

    @Test
    void rolesFallBackToRealmAccess() {
        Map<String, Object> claims = claims(null, null);
        claims.put("realm_access", Map.of("roles", List.of("reviewer", "contributor")));
        assertThat(TokenClaims.read(claims).roles()).containsExactlyInAnyOrder("reviewer", "contributor");
    }

    @Test
    void aSingleRoleAsTextIsStillARole() {
        assertThat(TokenClaims.read(claims(null, "publisher")).roles()).containsExactly("publisher");
    }

    @Test
    void nameFallsBackToGivenAndFamilyNameThenUsername() {
        Map<String, Object> claims = claims(null, null);
        claims.remove("name");
        assertThat(TokenClaims.read(claims).name()).isEqualTo("Alice Author");
        claims.remove("given_name");
        claims.remove("family_name");
        assertThat(TokenClaims.read(claims).name()).isEqualTo("alice");
    }

    @Test
    void rolesInPlainWordsLeaveKeycloakDefaultsOut() {
        CurrentUser user = new CurrentUser(1L, null, "s", "bob", "Bob Reviewer", null, List.of(), null,
                java.util.Set.of("reviewer", "contributor", "default-roles-lessons", "uma_authorization"));
        assertThat(user.rolesInPlainWords()).isEqualTo("Contributor, Reviewer");
        CurrentUser nobody = new CurrentUser(2L, null, "s2", "nora", "Nora Noorg", null, List.of(), null,
                java.util.Set.of());
        assertThat(nobody.rolesInPlainWords()).isEqualTo("No role yet");
        assertThat(nobody.hasOrganisation()).isFalse();
    }
}
