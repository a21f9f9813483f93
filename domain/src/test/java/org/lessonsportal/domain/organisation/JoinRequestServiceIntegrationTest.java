package org.lessonsportal.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lessonsportal.testsupport.LessonTestData.unique;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.domain.taxonomy.Setting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The organisation step of people whose sign-in names no organisation (docs/adr/0049): they ask once, an administrator
 * of that organisation (any administrator where it has none) confirms or declines, and a confirmed person belongs to
 * it, the organisation created from the ODS reference data when the portal did not know it yet.
 */
@SpringBootTest
@WithMockUser(roles = "admin")
class JoinRequestServiceIntegrationTest {

    @Autowired
    JoinRequestService joinRequests;
    @Autowired
    OrganisationService organisations;
    @Autowired
    OdsReferenceService reference;

    private Actor person(String username, OrganisationDetails organisation, String... roles) {
        MemberView member = organisations.recordSignIn(new SignIn(UUID.randomUUID().toString(),
                username + UUID.randomUUID().toString().substring(0, 4), "Person " + username,
                username + "@nhs.net", organisation, organisation == null ? List.of() : List.of(organisation),
                Set.of(roles)));
        return organisations.actor(member.id());
    }

    private static OrganisationDetails organisation(String code, String name) {
        return new OrganisationDetails(code, name, Setting.ACUTE, null, null, null);
    }

    private String odsTrust(String name) {
        String code = unique("R");
        String[] cells = new String[27];
        Arrays.fill(cells, "");
        cells[0] = code;
        cells[1] = name;
        cells[2] = "Y62";
        String csv = "\"" + String.join("\",\"", cells) + "\"\r\n";
        reference.importFile(OdsFile.TRUSTS, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        return code;
    }

    @Test
    void anAdministratorOfTheOrganisationConfirmsAndThePersonBelongsToIt() {
        OrganisationDetails trust = organisation(unique("RK"), "Kestrel Hospitals NHS Trust");
        Actor admin = person("kadmin", trust, Roles.ADMIN);
        Actor otherAdmin = person("oadmin", organisation(unique("RO"), "Osprey NHS Trust"), Roles.ADMIN);
        Actor nina = person("nina", null, Roles.CONTRIBUTOR);

        assertThat(joinRequests.organisationsToJoin("kestrel", 0, 10)).extracting(OrganisationChoice::odsCode)
                .contains(trust.odsCode());
        JoinRequestView asked = joinRequests.ask(nina, trust.odsCode().toLowerCase(), "  Digital lead for EPR  ");
        assertThat(asked.state()).isEqualTo(JoinRequestState.WAITING);
        assertThat(asked.note()).isEqualTo("Digital lead for EPR");
        assertThat(asked.organisation()).isEqualTo("Kestrel Hospitals NHS Trust (" + trust.odsCode() + ")");

        assertThat(joinRequests.toDecide(admin)).extracting(JoinRequestView::id).contains(asked.id());
        assertThat(joinRequests.asksTheirOwnOrganisation(admin, asked)).isTrue();
        assertThat(joinRequests.toDecide(otherAdmin)).as("the trust has an administrator of its own")
                .extracting(JoinRequestView::id).doesNotContain(asked.id());
        assertThatThrownBy(() -> joinRequests.confirm(asked.id(), otherAdmin, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> joinRequests.toDecide(nina)).isInstanceOf(NotAllowedException.class);

        JoinConfirmation plan = joinRequests.prepareConfirmation(asked.id(), admin);
        assertThat(plan.subject()).isEqualTo(organisations.getMember(nina.memberId()).subject());
        assertThat(plan.organisation().odsCode()).isEqualTo(trust.odsCode());
        JoinRequestView confirmed = joinRequests.confirm(asked.id(), admin, "kc-id-1");

        assertThat(confirmed.state()).isEqualTo(JoinRequestState.CONFIRMED);
        assertThat(confirmed.decidedByName()).isEqualTo("Person kadmin");
        MemberView joined = organisations.getMember(nina.memberId());
        Long trustId = organisations.findByOdsCode(trust.odsCode()).orElseThrow().id();
        assertThat(joined.organisationId()).isEqualTo(trustId);
        assertThat(joined.organisationIds()).containsExactly(trustId);
        assertThatThrownBy(() -> joinRequests.confirm(asked.id(), admin, "kc-id-1"))
                .isInstanceOf(NotAllowedException.class).hasMessageStartingWith("This request was already confirmed.");
        assertThatThrownBy(() -> joinRequests.ask(organisations.actor(nina.memberId()), trust.odsCode(), null))
                .as("the step is for people without an organisation").isInstanceOf(NotAllowedException.class)
                .hasMessageStartingWith("You already belong to an organisation.");
        assertThatThrownBy(() -> joinRequests.ask(admin, unique("RZ"), null))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void nobodyDecidesTheirOwnRequest() {
        OrganisationDetails trust = organisation(unique("RS"), "Shearwater NHS Trust");
        person("smember", trust, Roles.CONTRIBUTOR);
        Actor loneAdmin = person("ladmin", null, Roles.ADMIN, Roles.CONTRIBUTOR);
        Actor otherAdmin = person("oadmin", organisation(unique("RT"), "Tern NHS Trust"), Roles.ADMIN);

        JoinRequestView asked = joinRequests.ask(loneAdmin, trust.odsCode(), "Head of digital");
        assertThat(joinRequests.toDecide(loneAdmin)).extracting(JoinRequestView::id).doesNotContain(asked.id());
        assertThatThrownBy(() -> joinRequests.prepareConfirmation(asked.id(), loneAdmin))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> joinRequests.confirm(asked.id(), loneAdmin, "kc"))
                .isInstanceOf(NotFoundException.class);
        assertThat(joinRequests.toDecide(otherAdmin)).as("the trust has no administrator: any other one decides")
                .extracting(JoinRequestView::id).contains(asked.id());
        joinRequests.decline(asked.id(), otherAdmin, "Not known here."); // leaves no request for other tests' admins
    }

    @Test
    void anOrganisationOnlyOdsListsIsDecidedByAnyAdministratorAndCreatedOnConfirmation() {
        String code = odsTrust("HERON VALLEY NHS FOUNDATION TRUST");
        Actor admin = person("hadmin", organisation(unique("RH"), "Harrier NHS Trust"), Roles.ADMIN);
        Actor nina = person("nina", null, Roles.CONTRIBUTOR);
        assertThat(organisations.findByOdsCode(code)).isEmpty();
        assertThat(joinRequests.organisationsToJoin(code, 0, 10))
                .containsExactly(new OrganisationChoice(code, "Heron Valley NHS Foundation Trust"));

        JoinRequestView asked = joinRequests.ask(nina, code, null);
        assertThat(joinRequests.toDecide(admin)).extracting(JoinRequestView::id).contains(asked.id());
        assertThat(joinRequests.asksTheirOwnOrganisation(admin, asked)).isFalse();
        assertThat(joinRequests.prepareConfirmation(asked.id(), admin).organisation().name())
                .isEqualTo("Heron Valley NHS Foundation Trust");
        joinRequests.confirm(asked.id(), admin, "kc-heron");

        OrganisationView created = organisations.findByOdsCode(code).orElseThrow();
        assertThat(created.name()).isEqualTo("Heron Valley NHS Foundation Trust");
        assertThat(organisations.getMember(nina.memberId()).organisationId()).isEqualTo(created.id());
    }

    @Test
    void askingAgainReplacesTheWaitingRequestAndADeclineNeedsAReason() {
        OrganisationDetails first = organisation(unique("RF"), "Fulmar NHS Trust");
        OrganisationDetails second = organisation(unique("RG"), "Gannet NHS Trust");
        Actor admin = person("gadmin", second, Roles.ADMIN);
        person("fmember", first, Roles.CONTRIBUTOR);
        Actor nina = person("nina", null, Roles.CONTRIBUTOR);

        JoinRequestView wrong = joinRequests.ask(nina, first.odsCode(), null);
        JoinRequestView right = joinRequests.ask(nina, second.odsCode(), "Clinical safety officer");
        assertThat(joinRequests.latest(nina)).get().extracting(JoinRequestView::id).isEqualTo(right.id());
        assertThat(joinRequests.toDecide(admin)).extracting(JoinRequestView::id).contains(right.id())
                .doesNotContain(wrong.id());

        assertThatThrownBy(() -> joinRequests.decline(right.id(), admin, "  "))
                .isInstanceOf(ValidationException.class).hasMessage("There is a problem: say why, so the person "
                        + "knows what to do next.");
        JoinRequestView declined = joinRequests.decline(right.id(), admin, "We have no one of that name.");
        assertThat(declined.state()).isEqualTo(JoinRequestState.DECLINED);
        assertThat(joinRequests.latest(nina)).get().extracting(JoinRequestView::reason)
                .isEqualTo("We have no one of that name.");
        assertThat(organisations.getMember(nina.memberId()).organisationIds()).isEmpty();
        assertThat(joinRequests.withdraw(nina)).as("nothing waits any more").isFalse();
    }

    @Test
    void anUnknownCodeOrALongNoteIsRefusedInPlainWords() {
        Actor nina = person("nina", null, Roles.CONTRIBUTOR);
        assertThatThrownBy(() -> joinRequests.ask(nina, "ZQ" + "9X9", "x".repeat(JoinRequestService.NOTE_MAX + 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.messagesFor("organisation")).containsExactly("choose your organisation from the "
                            + "list");
                    assertThat(e.messagesFor("note")).containsExactly("what you do there must be 500 characters or "
                            + "fewer (it is 501)");
                });
        assertThat(joinRequests.latest(nina)).isEmpty();
    }
}
