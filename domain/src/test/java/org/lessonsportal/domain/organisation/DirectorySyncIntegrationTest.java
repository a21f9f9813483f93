package org.lessonsportal.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The directory sync's side in the domain (docs/adr/0048): people come in before they sign in, their first sign-in
 * makes them the same member, a sign-in newer than the directory read keeps what it recorded, and people who never
 * signed in and left the directory are asked for nothing any more.
 */
@SpringBootTest
class DirectorySyncIntegrationTest {

    @Autowired
    OrganisationService service;

    @Test
    void peopleAreKnownBeforeTheyFirstSignInAndTheirSignInMakesThemTheSameMember() {
        OrganisationDetails trust = organisation("Riverbank Trust");
        OrganisationDetails practice = organisation("Hillside Practice");
        String subject = UUID.randomUUID().toString();
        DirectorySyncResult result = service.syncDirectory(List.of(trust, practice), List.of(
                new DirectoryMember(subject, "bea", "Bea Reviewer", "bea@example.nhs.uk",
                        Set.of(practice.odsCode(), trust.odsCode()), Set.of("contributor", "reviewer"))),
                Instant.now());

        assertThat(result.organisations()).isEqualTo(2);
        assertThat(result.created()).isEqualTo(1);
        MemberView bea = service.findMemberBySubject(subject).orElseThrow();
        OrganisationView trustView = service.findByOdsCode(trust.odsCode()).orElseThrow();
        OrganisationView practiceView = service.findByOdsCode(practice.odsCode()).orElseThrow();
        assertThat(trustView.name()).isEqualTo("Riverbank Trust");
        assertThat(trustView.type()).isEqualTo(Setting.ACUTE);
        assertThat(bea.hasSignedIn()).isFalse();
        assertThat(bea.lastSignInAt()).isNull();
        assertThat(bea.name()).isEqualTo("Bea Reviewer");
        assertThat(bea.organisationIds()).containsExactlyInAnyOrder(trustView.id(), practiceView.id());
        assertThat(bea.organisationId()).as("acts for the first by ODS code")
                .isEqualTo(trust.odsCode().compareTo(practice.odsCode()) < 0 ? trustView.id() : practiceView.id());
        assertThat(service.membersWithRole("reviewer")).extracting(MemberView::id).contains(bea.id());
        assertThat(service.memberName(bea.id())).isEqualTo("Bea Reviewer");
        assertThat(service.lastDirectorySync()).isPresent();

        MemberView signedIn = service.recordSignIn(new SignIn(subject, "bea", "Beatrice Reviewer",
                "bea@example.nhs.uk", practice, List.of(trust), Set.of("contributor", "reviewer")));
        assertThat(signedIn.id()).isEqualTo(bea.id());
        assertThat(signedIn.hasSignedIn()).isTrue();
        assertThat(signedIn.organisationId()).isEqualTo(practiceView.id());
        assertThat(service.memberName(bea.id())).isEqualTo("Beatrice Reviewer");
    }

    @Test
    void aSignInNewerThanTheDirectoryReadKeepsWhatItRecordedAndAnOlderOneGivesWay() {
        OrganisationDetails trust = organisation("Lakeside Trust");
        OrganisationDetails other = organisation("Moorland Trust");
        String subject = UUID.randomUUID().toString();
        Instant before = Instant.now().minusSeconds(1);
        MemberView signedIn = service.recordSignIn(new SignIn(subject, "cal", "Cal from the token", null, trust,
                Set.of("contributor", "reviewer")));
        Long trustId = signedIn.organisationId();

        // read before the sign-in: the sign-in knows better
        service.syncDirectory(List.of(trust, other), List.of(new DirectoryMember(subject, "cal", "Cal Directory",
                null, Set.of(other.odsCode()), Set.of("contributor"))), before);
        MemberView kept = service.findMemberBySubject(subject).orElseThrow();
        assertThat(kept.roles()).containsExactlyInAnyOrder("contributor", "reviewer");
        assertThat(kept.organisationIds()).containsExactly(trustId);
        assertThat(kept.name()).isEqualTo("Cal from the token");

        // read after it: roles and memberships follow the directory; the name stays the token's
        service.syncDirectory(List.of(trust, other), List.of(new DirectoryMember(subject, "cal", "Cal Directory",
                null, Set.of(trust.odsCode(), other.odsCode()), Set.of("contributor"))), Instant.now());
        MemberView updated = service.findMemberBySubject(subject).orElseThrow();
        Long otherId = service.findByOdsCode(other.odsCode()).orElseThrow().id();
        assertThat(updated.roles()).containsExactly("contributor");
        assertThat(updated.organisationIds()).containsExactlyInAnyOrder(trustId, otherId);
        assertThat(updated.organisationId()).as("still a member of the one they act for").isEqualTo(trustId);
        assertThat(updated.name()).isEqualTo("Cal from the token");
        assertThat(updated.hasSignedIn()).isTrue();
    }

    @Test
    void someoneWhoNeverSignedInAndLeftTheDirectoryIsAskedForNothing() {
        OrganisationDetails trust = organisation("Valley Trust");
        String leaving = UUID.randomUUID().toString();
        String staying = UUID.randomUUID().toString();
        service.syncDirectory(List.of(trust), List.of(
                new DirectoryMember(leaving, "lee", "Lee Leaving", null, Set.of(trust.odsCode()), Set.of("reviewer")),
                new DirectoryMember(staying, "sue", "Sue Staying", null, Set.of(trust.odsCode()),
                        Set.of("reviewer"))), Instant.now());

        DirectorySyncResult result = service.syncDirectory(List.of(trust), List.of(
                new DirectoryMember(staying, "sue", "Sue Staying", null, Set.of(trust.odsCode()),
                        Set.of("reviewer"))), Instant.now());

        assertThat(result.retired()).isGreaterThanOrEqualTo(1);
        MemberView lee = service.findMemberBySubject(leaving).orElseThrow();
        assertThat(lee.roles()).isEmpty();
        assertThat(lee.organisationIds()).isEmpty();
        assertThat(lee.name()).as("kept for the history").isEqualTo("Lee Leaving");
        assertThat(service.membersWithRole("reviewer")).extracting(MemberView::id).doesNotContain(lee.id())
                .contains(service.findMemberBySubject(staying).orElseThrow().id());
    }

    @Test
    void anAccountWhoseUsernameTheDirectoryNowGivesToAnotherPersonIsAskedForNothing() {
        OrganisationDetails trust = organisation("Harbour Trust");
        String username = "kim-" + UUID.randomUUID().toString().substring(0, 8);
        MemberView before = service.recordSignIn(new SignIn(UUID.randomUUID().toString(), username, "Kim Before",
                null, trust, Set.of("contributor", "reviewer")));

        // the realm was re-created: the same username, a new id
        String newSubject = UUID.randomUUID().toString();
        service.syncDirectory(List.of(trust), List.of(new DirectoryMember(newSubject, username, "Kim Again", null,
                Set.of(trust.odsCode()), Set.of("contributor", "reviewer"))), Instant.now());

        MemberView old = service.getMember(before.id());
        assertThat(old.roles()).isEmpty();
        assertThat(old.organisationIds()).isEmpty();
        MemberView again = service.findMemberBySubject(newSubject).orElseThrow();
        assertThat(again.id()).isNotEqualTo(before.id());
        assertThat(service.membersWithRole("reviewer")).extracting(MemberView::id).contains(again.id())
                .doesNotContain(before.id());
    }

    private static OrganisationDetails organisation(String name) {
        String ods = "D" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        return new OrganisationDetails(ods, name, Setting.ACUTE, Region.LONDON, "kc-" + ods);
    }
}
