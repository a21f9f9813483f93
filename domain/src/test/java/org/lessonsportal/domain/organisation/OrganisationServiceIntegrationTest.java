package org.lessonsportal.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class OrganisationServiceIntegrationTest {

    @Autowired
    OrganisationService service;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    @Test
    void firstSignInProvisionsOrganisationAndMemberAndLaterSignInsUpdateThem() {
        String ods = unique("T");
        String subject = UUID.randomUUID().toString();
        MemberView first = service.recordSignIn(new SignIn(subject, "alice", "Alice Author", "alice@example.nhs.uk",
                new OrganisationDetails(ods, "Northshire Hospitals", Setting.ACUTE, Region.NORTH_WEST, "kc-1"),
                Set.of("contributor")));

        OrganisationView organisation = service.findByOdsCode(ods).orElseThrow();
        assertThat(organisation.name()).isEqualTo("Northshire Hospitals");
        assertThat(organisation.type()).isEqualTo(Setting.ACUTE);
        assertThat(first.organisationId()).isEqualTo(organisation.id());
        assertThat(first.roles()).containsExactly("contributor");

        MemberView again = service.recordSignIn(new SignIn(subject, "alice", "Alice Author-Smith", "alice.smith@example.nhs.uk",
                new OrganisationDetails(ods, "Northshire Hospitals NHS FT", Setting.ACUTE, Region.NORTH_WEST, "kc-1"),
                Set.of("contributor", "reviewer")));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.name()).isEqualTo("Alice Author-Smith");
        assertThat(again.email()).isEqualTo("alice.smith@example.nhs.uk");
        assertThat(again.roles()).containsExactlyInAnyOrder("contributor", "reviewer");
        assertThat(service.findByOdsCode(ods).orElseThrow().name()).isEqualTo("Northshire Hospitals NHS FT");
    }

    @Test
    void displayNamesAreKeptButFollowARenameAtSignIn() {
        String ods = unique("N");
        String subject = UUID.randomUUID().toString();
        MemberView member = service.recordSignIn(new SignIn(subject, "nina", "Nina Namer", null,
                new OrganisationDetails(ods, "Old Name Trust", null, null, null), Set.of("contributor")));
        Long organisationId = member.organisationId();
        assertThat(service.memberName(member.id())).isEqualTo("Nina Namer");
        assertThat(service.organisationName(organisationId)).isEqualTo("Old Name Trust");

        service.recordSignIn(new SignIn(subject, "nina", "Nina Renamed", null,
                new OrganisationDetails(ods, "New Name Trust", null, null, null), Set.of("contributor")));

        assertThat(service.memberName(member.id())).isEqualTo("Nina Renamed");
        assertThat(service.organisationName(organisationId)).isEqualTo("New Name Trust");
        assertThatThrownBy(() -> service.memberName(-1L)).hasMessage("We could not find that person.");
        assertThatThrownBy(() -> service.organisationName(-1L))
                .hasMessage("We could not find that organisation.");
    }

    @Test
    void aMemberWhoLeftTheirOrganisationLosesTheMembership() {
        String subject = UUID.randomUUID().toString();
        service.recordSignIn(new SignIn(subject, "temp", "Temp Person", null,
                new OrganisationDetails(unique("L"), "Leaving Trust", null, null, null), Set.of("contributor")));

        MemberView after = service.recordSignIn(new SignIn(subject, "temp", "Temp Person", null, null, Set.of()));

        assertThat(after.organisationId()).isNull();
        assertThat(after.organisationIds()).isEmpty();
        assertThat(after.roles()).isEmpty();
    }

    @Test
    void everyOrganisationInTheTokenIsKeptAndTheActorBelongsToAllOfThem() {
        String subject = UUID.randomUUID().toString();
        OrganisationDetails riverside = new OrganisationDetails(unique("R"), "Riverside", null, null, null);
        OrganisationDetails oakfield = new OrganisationDetails(unique("O"), "Oakfield", null, null, null);
        MemberView member = service.recordSignIn(new SignIn(subject, "dave", "Dave Reviewer", null, riverside,
                List.of(riverside, oakfield), Set.of("reviewer")));
        Long riversideId = service.findByOdsCode(riverside.odsCode()).orElseThrow().id();
        Long oakfieldId = service.findByOdsCode(oakfield.odsCode()).orElseThrow().id();

        assertThat(member.organisationId()).isEqualTo(riversideId);
        assertThat(member.organisationIds()).containsExactlyInAnyOrder(riversideId, oakfieldId);
        Actor actor = service.actor(member.id());
        assertThat(actor.organisationId()).isEqualTo(riversideId);
        assertThat(actor.belongsTo(riversideId)).isTrue();
        assertThat(actor.belongsTo(oakfieldId)).isTrue();
        assertThat(actor.actsFor(oakfieldId)).isFalse();

        // acting for the other one changes what they act for, not what they belong to
        MemberView switched = service.recordSignIn(new SignIn(subject, "dave", "Dave Reviewer", null, oakfield,
                List.of(riverside, oakfield), Set.of("reviewer")));
        assertThat(switched.organisationId()).isEqualTo(oakfieldId);
        assertThat(service.actor(member.id()).organisationIds()).containsExactlyInAnyOrder(riversideId,
                oakfieldId);

        // leaving one organisation ends that membership
        MemberView left = service.recordSignIn(new SignIn(subject, "dave", "Dave Reviewer", null, oakfield,
                List.of(oakfield), Set.of("reviewer")));
        assertThat(left.organisationIds()).containsExactly(oakfieldId);
    }

    @Test
    void odsCodesAreMatchedWhateverTheirCase() {
        String ods = unique("C");
        OrganisationView created = service.provision(new OrganisationDetails(ods.toLowerCase(), "Case Trust", null, null, null));
        assertThat(created.odsCode()).isEqualTo(ods);
        assertThat(service.findByOdsCode(" " + ods.toLowerCase() + " ")).map(OrganisationView::id)
                .contains(created.id());
    }

    @Test
    void theIdentityProviderSaysWhichIntegratedCareBoardAnOrganisationBelongsTo() {
        String ods = unique("P");
        OrganisationView trust = service.provision(new OrganisationDetails(ods, "Parented Trust", null, null, null,
                " qzz "));
        assertThat(trust.parentIcbOdsCode()).as("kept as an ODS code").isEqualTo("QZZ");

        service.provision(new OrganisationDetails(ods, "Parented Trust", null, null, null));
        assertThat(service.findByOdsCode(ods).orElseThrow().parentIcbOdsCode())
                .as("a sign-in that does not say keeps it").isEqualTo("QZZ");

        service.provision(new OrganisationDetails(ods, "Parented Trust", null, null, null, "QZ9"));
        assertThat(service.findByOdsCode(ods).orElseThrow().parentIcbOdsCode()).as("moved").isEqualTo("QZ9");

        assertThat(new OrganisationDetails(ods, null, null, null, null, "not an ODS code!").parentIcbOdsCode())
                .as("text that cannot be an ODS code is not kept").isNull();
    }

    @Test
    @WithMockUser(roles = "admin")
    void adminsRecordAreasOfExpertise() {
        MemberView member = service.recordSignIn(new SignIn(UUID.randomUUID().toString(), "rev", "Rev Iewer", null, null,
                Set.of("reviewer")));
        MemberView updated = service.updateExpertise(member.id(), List.of(ProjectType.FAX_REMOVAL, ProjectType.IMAGING));
        assertThat(updated.expertise()).containsExactlyInAnyOrder(ProjectType.FAX_REMOVAL, ProjectType.IMAGING);
    }

    @Test
    @WithMockUser(roles = "reviewer")
    void nobodyElseMayChangeExpertise() {
        MemberView member = service.recordSignIn(new SignIn(UUID.randomUUID().toString(), "rev2", "Rev Two", null, null,
                Set.of("reviewer")));
        assertThatThrownBy(() -> service.updateExpertise(member.id(), List.of(ProjectType.IMAGING)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void expertiseNeedsASignedInAdmin() {
        assertThatThrownBy(() -> service.updateExpertise(1L, List.of()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
