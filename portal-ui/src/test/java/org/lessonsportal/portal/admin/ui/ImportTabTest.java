package org.lessonsportal.portal.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.portal.KaribuTest;

/** Importing lessons: progress, and a report in plain words that names the lesson and the field. */
class ImportTabTest extends KaribuTest {

    private ImportTab openImport() {
        signIn("admin", newOdsCode(), Roles.ADMIN);
        navigate("admin/import");
        return _get(ImportTab.class);
    }

    private static String run(ImportTab tab, String fileName, byte[] content) throws Exception {
        tab.startImport(fileName, content);
        tab.runningImport().get(60, TimeUnit.SECONDS);
        MockVaadin.runUIQueue();
        return tab.report.getElement().getTextRecursively();
    }

    private static ObjectNode lesson(String title) {
        return exchangeLesson(title, newOdsCode(), ProjectType.PAPERLESS, Setting.ACUTE, Region.LONDON);
    }

    @Test
    void theReportNamesTheLessonAndTheFieldAsPeopleSeeThem() throws Exception {
        ImportTab tab = openImport();
        ObjectNode noCode = lesson("Imported lesson without a code " + newOdsCode());
        ((ObjectNode) noCode.get("organisation")).remove("odsCode");
        ObjectNode noSummary = lesson("Imported lesson without a summary");
        noSummary.remove("summary");
        ObjectNode badChallenge = lesson("Imported lesson with a strange challenge");
        ((ObjectNode) badChallenge.get("challenges").get(0)).put("type", "gremlins");

        String report = run(tab, "lessons.json", exchangeFile(lesson("Imported lesson " + newOdsCode()),
                noSummary, noCode, badChallenge));

        assertThat(report).contains("4 lessons in the file: 1 added, 0 updated, 0 unchanged, 3 not imported.",
                "These lessons were not imported.",
                "Lesson 2, 'Summary': Enter a summary.",
                "Lesson 3, 'Organisation code': Give the organisation's ODS code.",
                "Lesson 4, 'Challenge 1: type of challenge': \"gremlins\" is not a type of challenge the portal "
                        + "knows.");
        assertThat(report).doesNotContain("index", "organisation.odsCode", "challenges[0]");
        assertThat(tab.progress.getValue()).isEqualTo(1.0);
    }

    @Test
    void oneLessonIsOneLesson() throws Exception {
        ImportTab tab = openImport();

        String report = run(tab, "one.json", exchangeFile(lesson("A single imported lesson " + newOdsCode())));

        assertThat(report).contains("1 lesson in the file: 1 added, 0 updated, 0 unchanged, 0 not imported.");
        assertThat(_get(tab, com.vaadin.flow.component.html.Span.class, spec -> spec.withId("import-progress-text"))
                .getText()).isEqualTo("Finished importing one.json");
    }

    @Test
    void aFileThatIsNotAnExchangeDocumentIsRefusedAsAWhole() throws Exception {
        ImportTab tab = openImport();

        String report = run(tab, "notes.json", "{\"hello\": 1}".getBytes(StandardCharsets.UTF_8));

        assertThat(report).startsWith("The file was not imported.");
    }
}
