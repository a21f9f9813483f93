package org.lessonsportal.portal.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.organisation.MemberView;
import org.lessonsportal.domain.organisation.MemberOverview;
import org.lessonsportal.domain.organisation.OrganisationDetails;
import org.lessonsportal.domain.organisation.OrganisationOverview;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.portal.KaribuTest;

/** The administration's parts, each at its own address, and its lists at the scale of a real region. */
class AdminViewTest extends KaribuTest {

    private static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void onlyAdministratorsCanOpenIt() {
        signIn("author", newOdsCode(), Roles.CONTRIBUTOR, Roles.PUBLISHER);
        for (String path : List.of("admin", "admin/organisations", "admin/members", "admin/import", "admin/ods")) {
            navigate(path);
            assertThat(_find(AdminLayout.class)).as(path).isEmpty();
        }
    }

    @Test
    void eachPartHasItsOwnAddressAndAdminOpensTheFirst() {
        signIn("admin", newOdsCode(), Roles.ADMIN);
        navigate("admin");
        assertThat(currentPath()).isEqualTo("admin/organisations");
        assertThat(_get(AdminLayout.class).currentTab()).isEqualTo("Organisations");

        Map<String, Class<? extends Component>> parts = new LinkedHashMap<>();
        parts.put("admin/members", MembersTab.class);
        parts.put("admin/reviewers", ReviewersTab.class);
        parts.put("admin/import", ImportTab.class);
        parts.put("admin/ods", OdsImportTab.class);
        parts.put("admin/reviews", ReviewsTab.class);
        parts.put("admin/search", SearchTab.class);
        parts.put("admin/organisations", OrganisationsTab.class);
        parts.forEach((path, part) -> {
            navigate(path);
            assertThat(_find(part)).as(path).hasSize(1);
            assertThat(part.getAnnotation(PageTitle.class).value()).as(path)
                    .endsWith(" - Administration - Lessons Portal");
        });

        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withId("admin-tab-import")));
        assertThat(currentPath()).isEqualTo("admin/import");
        assertThat(_find(ImportTab.class)).hasSize(1);
        assertThat(_get(AdminLayout.class).currentTab()).isEqualTo("Import and export");
        assertThat(_get(RouterLink.class, spec -> spec.withId("admin-tab-organisations")).getElement()
                .getAttribute("aria-current")).isNull();

        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withId("admin-tab-reviews")));
        assertThat(currentPath()).isEqualTo("admin/reviews");
        assertThat(_get(AdminLayout.class).currentTab()).isEqualTo("Running reviews");
    }

    @Test
    void seventyFiveOrganisationsArePagedAndFoundByNameOrOdsCode() {
        String tag = "Zqregion " + UUID.randomUUID().toString().substring(0, 6);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 75; i++) {
            codes.add(newOdsCode());
        }
        person("trustmember", codes.get(42), Roles.CONTRIBUTOR);
        for (int i = 0; i < 75; i++) {
            String ods = codes.get(i);
            organisations.provision(new OrganisationDetails(ods, tag + String.format(" Community Trust %02d", i),
                    Setting.COMMUNITY, Region.NORTH_WEST, null));
        }
        signIn("admin", newOdsCode(), Roles.ADMIN);
        navigate("admin/organisations");
        OrganisationsTab tab = _get(OrganisationsTab.class);

        assertThat(tab.grid.getDataProvider().isInMemory()).as("loaded a page at a time").isFalse();
        assertThat(tab.grid.getPageSize()).isLessThan(75);
        int all = GridKt._size(tab.grid);
        assertThat(all).isGreaterThanOrEqualTo(77);
        assertThat(tab.filter.status.getText()).isEqualTo(String.format("%,d organisations.", all));

        _setValue(tab.filter.field, tag.toUpperCase());
        assertThat(GridKt._size(tab.grid)).isEqualTo(75);
        assertThat(GridKt._fetch(tab.grid, 50, 50)).hasSize(25)
                .extracting(o -> o.organisation().name()).startsWith(tag + " Community Trust 50");
        assertThat(tab.filter.status.getText()).isEqualTo(String.format("75 of %,d organisations match “%s”.", all,
                tag.toUpperCase()));

        _setValue(tab.filter.field, codes.get(42).toLowerCase());
        assertThat(GridKt._size(tab.grid)).isEqualTo(1);
        OrganisationOverview found = GridKt._get(tab.grid, 0);
        assertThat(found.organisation().odsCode()).isEqualTo(codes.get(42));
        assertThat(found.memberCount()).isEqualTo(1);
        assertThat(tab.filter.status.getText()).startsWith("1 of ").endsWith(" organisations matches “"
                + codes.get(42).toLowerCase() + "”.");

        _setValue(tab.filter.field, "no such organisation zq");
        assertThat(GridKt._size(tab.grid)).isZero();
        assertThat(tab.filter.status.getText()).startsWith("No organisations match “no such organisation zq”.");

        UI.getCurrent().navigate("admin/organisations", QueryParameters.of("q", codes.get(7)));
        OrganisationsTab bookmarked = _get(OrganisationsTab.class);
        assertThat(bookmarked.filter.field.getValue()).as("the filter comes from the address")
                .isEqualTo(codes.get(7));
        assertThat(GridKt._findAll(bookmarked.grid)).extracting(o -> o.organisation().odsCode())
                .containsExactly(codes.get(7));
    }

    @Test
    void membersShowEveryRoleAndAreFoundByNameUsernameOrOrganisation() {
        String ods = newOdsCode();
        String username = "zqrev" + ods.toLowerCase();
        person(username, ods, Roles.CONTRIBUTOR, Roles.REVIEWER, Roles.PUBLISHER);
        signIn("admin", newOdsCode(), Roles.ADMIN);
        navigate("admin/members");
        MembersTab tab = _get(MembersTab.class);
        assertThat(tab.grid.getDataProvider().isInMemory()).isFalse();

        for (String filter : List.of(username.toUpperCase(), ods)) {
            _setValue(tab.filter.field, filter);
            List<MemberOverview> rows = GridKt._findAll(tab.grid);
            assertThat(rows).as(filter).extracting(m -> m.member().username()).containsExactly(username);
            assertThat(MembersTab.organisation(rows.get(0))).isEqualTo("Test organisation " + ods + " (" + ods + ")");
            assertThat(Roles.describe(rows.get(0).member().roles())).contains("Reviewer").contains("Publisher");
        }
    }

    @Test
    void anAdministratorRecordsAReviewersAreasOfExpertise() {
        Person reviewer = person("expert", newOdsCode(), Roles.CONTRIBUTOR, Roles.REVIEWER);
        signIn("admin", newOdsCode(), Roles.ADMIN);
        navigate("admin/reviewers");
        ReviewersTab tab = _get(ReviewersTab.class);
        MemberView chosen = tab.reviewer.getGenericDataView().getItems()
                .filter(m -> m.id().equals(reviewer.id())).findFirst().orElseThrow();

        _setValue(tab.reviewer, chosen);
        _setValue(tab.expertise, Set.of(ProjectType.IMAGING, ProjectType.CYBER_SECURITY));
        _click(tab.saveExpertise);

        assertThat(organisations.getMember(reviewer.id()).expertise())
                .containsExactlyInAnyOrder(ProjectType.IMAGING, ProjectType.CYBER_SECURITY);
        assertThat(_get(Paragraph.class, spec -> spec.withId("expertise-saved")).getText())
                .startsWith("Saved. Test expert reviews: ");
    }

    @Test
    void showsTheIntegratedCareBoardEachOrganisationBelongsToByNameWhenKnown() {
        assertThat(AdminTexts.icb("QZZ", "Northshire and Dale Integrated Care Board"))
                .isEqualTo("Northshire and Dale Integrated Care Board (QZZ)");
        assertThat(AdminTexts.icb("QZ9", null)).isEqualTo("QZ9");
        assertThat(AdminTexts.icb(null, null)).isEqualTo("Not known");
    }
}
