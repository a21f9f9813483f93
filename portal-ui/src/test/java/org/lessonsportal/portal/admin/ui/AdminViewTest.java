package org.lessonsportal.portal.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.organisation.Member;
import org.lessonsportal.domain.organisation.Organisation;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.portal.KaribuTest;

class AdminViewTest extends KaribuTest {

    @Test
    void onlyAdministratorsCanOpenIt() {
        signIn("author", newOdsCode(), Roles.CONTRIBUTOR, Roles.PUBLISHER);
        navigate("admin");
        assertThat(_find(AdminView.class)).isEmpty();
    }

    @Test
    void showsOrganisationsAndMembers() {
        String ods = newOdsCode();
        person("somebody", ods, Roles.CONTRIBUTOR);
        signIn("admin", newOdsCode(), Roles.ADMIN);
        navigate("admin");

        AdminView view = _get(AdminView.class);
        assertThat(view.organisationGrid.getGenericDataView().getItems().map(Organisation::getOdsCode))
                .contains(ods);
        assertThat(view.memberGrid.getGenericDataView().getItems().map(Member::getName)).contains("Test somebody");
    }

    @Test
    void showsTheIntegratedCareBoardEachOrganisationBelongsToByNameWhenKnown() {
        java.util.Map<String, String> names = java.util.Map.of("QZZ", "Northshire and Dale Integrated Care Board");
        assertThat(AdminView.icb("QZZ", names)).isEqualTo("Northshire and Dale Integrated Care Board (QZZ)");
        assertThat(AdminView.icb("QZ9", names)).isEqualTo("QZ9");
        assertThat(AdminView.icb(null, names)).isEqualTo("Not known");
    }

    @Test
    void anAdministratorRecordsAReviewersAreasOfExpertise() {
        Person reviewer = person("expert", newOdsCode(), Roles.CONTRIBUTOR, Roles.REVIEWER);
        signIn("admin", newOdsCode(), Roles.ADMIN);
        navigate("admin");
        AdminView view = _get(AdminView.class);
        view.tabs.setSelectedIndex(1);
        Member chosen = view.reviewer.getGenericDataView().getItems()
                .filter(m -> m.getId().equals(reviewer.id())).findFirst().orElseThrow();

        _setValue(view.reviewer, chosen);
        _setValue(view.expertise, Set.of(ProjectType.IMAGING, ProjectType.CYBER_SECURITY));
        _click(view.saveExpertise);

        assertThat(organisations.getMember(reviewer.id()).getExpertise())
                .containsExactlyInAnyOrder(ProjectType.IMAGING, ProjectType.CYBER_SECURITY);
        assertThat(_get(Paragraph.class, spec -> spec.withId("expertise-saved")).getText())
                .startsWith("Saved. Test expert reviews: ");
    }

    @Test
    void importsAFileShowingProgressAndWhatWasRejected() throws Exception {
        signIn("admin", newOdsCode(), Roles.ADMIN);
        navigate("admin");
        AdminView view = _get(AdminView.class);
        ObjectNode good = exchangeLesson("Imported lesson " + newOdsCode(), newOdsCode(), ProjectType.PAPERLESS,
                Setting.ACUTE, Region.LONDON);
        ObjectNode bad = exchangeLesson("Imported lesson without a summary", newOdsCode(), ProjectType.PAPERLESS,
                Setting.ACUTE, Region.LONDON);
        bad.remove("summary");

        view.startImport("lessons.json", exchangeFile(good, bad));
        view.runningImport().get(30, TimeUnit.SECONDS);
        MockVaadin.runUIQueue();

        String report = view.report.getElement().getTextRecursively();
        assertThat(report).contains("2 lessons in the file: 1 added, 0 updated, 0 unchanged, 1 not imported.");
        assertThat(report).contains("Lesson 2 in the file (index 1)", "summary — Enter a summary");
        assertThat(view.progress.getValue()).isEqualTo(1.0);
    }

    @Test
    void aFileThatIsNotAnExchangeDocumentIsRefusedAsAWhole() throws Exception {
        signIn("admin", newOdsCode(), Roles.ADMIN);
        navigate("admin");
        AdminView view = _get(AdminView.class);

        view.startImport("notes.json", "{\"hello\": 1}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        view.runningImport().get(30, TimeUnit.SECONDS);
        MockVaadin.runUIQueue();

        assertThat(view.report.getElement().getTextRecursively()).startsWith("The file was not imported.");
    }
}
