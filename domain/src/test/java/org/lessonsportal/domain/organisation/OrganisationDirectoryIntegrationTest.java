package org.lessonsportal.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lessonsportal.testsupport.LessonTestData.unique;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The administrators' lists: a page at a time, filtered by name or ODS code, with counts and board names. */
@SpringBootTest
class OrganisationDirectoryIntegrationTest {

    @Autowired
    OrganisationService service;

    @Test
    @WithMockUser(roles = "admin")
    void pagesAndFiltersOrganisationsByNameAndOdsCode() {
        String tag = unique("Zqdir ");
        String icbOds = unique("Q");
        service.provision(new OrganisationDetails(icbOds, tag + " Integrated Care Board", Setting.INTEGRATED_CARE_BOARD,
                Region.LONDON, null));
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String ods = unique("R");
            codes.add(ods);
            service.provision(new OrganisationDetails(ods, tag + String.format(" Trust %02d", i), Setting.ACUTE,
                    Region.LONDON, null, icbOds));
        }
        service.recordSignIn(new SignIn(UUID.randomUUID().toString(), unique("m"), "Someone", null,
                new OrganisationDetails(codes.get(3), tag + " Trust 03", null, null, null), Set.of("contributor")));

        assertThat(service.countOrganisations(tag)).isEqualTo(13);
        assertThat(service.countOrganisations(tag.toLowerCase() + " trust")).as("any case").isEqualTo(12);
        List<OrganisationOverview> first = service.findOrganisations(tag + " trust", 0, 5);
        List<OrganisationOverview> second = service.findOrganisations(tag + " trust", 5, 5);
        List<OrganisationOverview> last = service.findOrganisations(tag + " trust", 10, 5);
        assertThat(first).extracting(o -> o.organisation().name()).containsExactly(tag + " Trust 00",
                tag + " Trust 01", tag + " Trust 02", tag + " Trust 03", tag + " Trust 04");
        assertThat(second).extracting(o -> o.organisation().name()).startsWith(tag + " Trust 05").hasSize(5);
        assertThat(last).hasSize(2);

        OrganisationOverview byCode = service.findOrganisations(" " + codes.get(3).toLowerCase() + " ", 0, 50)
                .get(0);
        assertThat(service.countOrganisations(codes.get(3))).isEqualTo(1);
        assertThat(byCode.organisation().odsCode()).isEqualTo(codes.get(3));
        assertThat(byCode.memberCount()).isEqualTo(1);
        assertThat(byCode.icbName()).isEqualTo(tag + " Integrated Care Board");
        assertThat(first.get(0).memberCount()).isZero();
    }

    @Test
    @WithMockUser(roles = "admin")
    void wildcardsAreTakenLiterallyAndBlankMeansAll() {
        String tag = unique("");
        service.provision(new OrganisationDetails("W" + tag, "Zq 100% " + tag, null, null, null));
        service.provision(new OrganisationDetails("X" + tag, "Zq 1000 " + tag, null, null, null));

        assertThat(service.findOrganisations("100% " + tag, 0, 10)).extracting(o -> o.organisation().odsCode())
                .containsExactly("W" + tag);
        assertThat(service.countOrganisations("Zq _00")).isZero();
        assertThat(service.countOrganisations("  ")).isEqualTo(service.countOrganisations(null))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    @WithMockUser(roles = "admin")
    void findsMembersByNameUsernameOrTheirOrganisation() {
        String tag = unique("");
        String ods = "M" + tag;
        MemberView member = service.recordSignIn(new SignIn(UUID.randomUUID().toString(), "user" + tag.toLowerCase(),
                "Zqmember " + tag, null, new OrganisationDetails(ods, "Zqorg " + tag, null, null, null),
                Set.of("contributor", "reviewer")));
        service.recordSignIn(new SignIn(UUID.randomUUID().toString(), "none" + tag.toLowerCase(), "Zqnone " + tag,
                null, null, Set.of()));

        for (String filter : List.of("zqmember " + tag, "USER" + tag, "Zqorg " + tag, ods)) {
            assertThat(service.findMembers(filter, 0, 10)).as(filter).singleElement().satisfies(found -> {
                assertThat(found.member().id()).isEqualTo(member.id());
                assertThat(found.organisationName()).isEqualTo("Zqorg " + tag);
                assertThat(found.organisationOdsCode()).isEqualTo(ods);
                assertThat(found.member().roles()).containsExactlyInAnyOrder("contributor", "reviewer");
            });
            assertThat(service.countMembers(filter)).isEqualTo(1);
        }
        assertThat(service.findMembers("Zqnone " + tag, 0, 10)).singleElement()
                .satisfies(found -> assertThat(found.organisationName()).isNull());
    }

    @Test
    @WithMockUser(roles = "reviewer")
    void onlyAdministratorsSeeTheLists() {
        assertThatThrownBy(() -> service.findOrganisations(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.countMembers(null)).isInstanceOf(AccessDeniedException.class);
    }
}
