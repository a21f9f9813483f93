package org.lessonsportal.portal.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.ExchangeFields;
import org.lessonsportal.domain.lesson.ExchangeSettings;
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

    /** Uploads the file as the browser would: through the page's upload receiver, then the import. */
    private static String run(ImportTab tab, String fileName, byte[] content) throws Exception {
        tab.receiver.receive(fileName, new ByteArrayInputStream(content), UI.getCurrent());
        MockVaadin.runUIQueue();
        tab.runningImport().get(60, TimeUnit.SECONDS);
        MockVaadin.runUIQueue();
        return tab.report.getElement().getTextRecursively();
    }

    /** {@code size} bytes of a JSON document's start, made as they are read (nothing held in memory). */
    private static InputStream endless(long size) {
        return new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? '[' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                Arrays.fill(buffer, offset, offset + n, (byte) '[');
                left -= n;
                return n;
            }
        };
    }

    @Test
    void aFileLargerThanTheLimitIsStoppedOnTheServerWhileItArrives() throws Exception {
        ImportTab tab = openImport();
        long limit = ExchangeSettings.DEFAULT_MAX_FILE_SIZE.toBytes();
        long[] read = new long[1];
        InputStream huge = new java.io.FilterInputStream(endless(Long.MAX_VALUE)) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
                int n = super.read(buffer, offset, length);
                read[0] += Math.max(n, 0);
                return n;
            }
        };

        tab.receiver.receive("huge.json", huge, UI.getCurrent());
        MockVaadin.runUIQueue();

        assertThat(read[0]).as("reading stops just past the limit").isGreaterThan(limit)
                .isLessThan(limit + 1024 * 1024);
        assertThat(tab.runningImport()).as("nothing is imported").isNull();
        assertThat(tab.report.getElement().getTextRecursively()).isEqualTo("The file was not imported. The file is "
                + "larger than 20 MB. Split it into smaller files and import them one by one.");
        assertThat(tab.upload.isEnabled()).isTrue();
    }

    @Test
    void aFileOfExactlyTheLimitIsReceivedAndReadByTheImport() throws Exception {
        ImportTab tab = openImport();

        tab.receiver.receive("full.json", endless(ExchangeSettings.DEFAULT_MAX_FILE_SIZE.toBytes()), UI.getCurrent());
        MockVaadin.runUIQueue();
        tab.runningImport().get(60, TimeUnit.SECONDS);
        MockVaadin.runUIQueue();

        assertThat(tab.report.getElement().getTextRecursively()).startsWith("The file was not imported.")
                .doesNotContain("larger than 20 MB");
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
        assertThat(tab.progress.bar.getValue()).isEqualTo(1.0);
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

    /** A spreadsheet from the template's headings: one row of values, by heading; quoted as Excel quotes. */
    private static byte[] spreadsheet(Map<String, String>... rows) {
        String template = SpreadsheetHelp.template();
        List<String> headings = ExchangeFields.spreadsheetHeadings(SpreadsheetHelp.TEMPLATE_CHALLENGES);
        StringBuilder csv = new StringBuilder(template);
        for (Map<String, String> row : rows) {
            csv.append(headings.stream().map(h -> SpreadsheetHelp.cell(row.getOrDefault(h, "")))
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSpreadsheetWithQuotedCommasLineBreaksAndAByteOrderMarkImportsTheSameAsJson() throws Exception {
        ImportTab tab = openImport();
        String ods = newOdsCode();
        String id = "same-" + ods;
        String title = "Beds, wards and \"flow\" " + ods;
        String summary = "How three sites moved to one record,\nin a weekend.";
        ObjectNode json = exchangeLesson(title, ods, ProjectType.PAPERLESS, Setting.ACUTE, Region.LONDON);
        json.put("id", id);
        json.put("summary", summary);
        json.putArray("tags").add("flow").add("beds");
        assertThat(run(tab, "lessons.json", exchangeFile(json))).contains("1 lesson in the file: 1 added");

        Map<String, String> row = new HashMap<>();
        row.put("Id", id);
        row.put("Organisation code", ods.toLowerCase());
        row.put("Organisation name", "Test organisation " + ods);
        row.put("Title", title);
        row.put("Summary", summary);
        row.put("Type of project", ProjectType.PAPERLESS.label());
        row.put("Care settings", Setting.ACUTE.label());
        row.put("Region", Region.LONDON.label());
        row.put("Completion date", "31/03/2023");
        row.put("Context", "Three acute sites each ran their own patient administration system.");
        row.put("Approach", "A single big-bang cutover with floor walkers on every ward.");
        row.put("Outcomes", "All sites went live in one weekend.");
        row.put("Challenge 1: type of challenge", "data-migration");
        row.put("Challenge 1: what happened", "Duplicate records.");
        row.put("Challenge 1: how it was resolved", "Three trial loads.");
        row.put("Recommendations", "Plan trial loads early.");
        row.put("Tags", "flow; beds");
        byte[] csv = spreadsheet(row);
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFId,").contains("\"Beds, wards and "
                + "\"\"flow\"\"", "record,\nin a weekend.\"");

        String report = run(tab, "lessons.csv", csv);

        assertThat(report).as("the same lesson, read from the spreadsheet, changes nothing")
                .contains("1 lesson in the file: 0 added, 0 updated, 1 unchanged, 0 not imported.");

        row.put("Id", "other-" + ods);
        assertThat(run(tab, "Lessons.CSV", spreadsheet(row))).contains("1 lesson in the file: 1 added, 0 updated, "
                + "0 unchanged, 0 not imported.");
    }

    @Test
    void aBadRowOfASpreadsheetGetsAPlainReportWithItsRow() throws Exception {
        ImportTab tab = openImport();
        String ods = newOdsCode();
        String csv = "Organisation code,Title,Summary\r\n"
                + ",No code here,A summary\r\n"
                + ods + ",Beds, wards and flow,A summary\r\n";

        String report = run(tab, "lessons.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(report).contains("2 lessons in the file: 0 added, 0 updated, 0 unchanged, 2 not imported.",
                "Lesson 1 (row 2), 'Organisation code': Give the organisation's ODS code.",
                "Lesson 1 (row 2), 'Type of project': ",
                "Lesson 2 (row 3): This row has more cells than there are headings, so its cells may be in the wrong "
                        + "columns. A cell with a comma in it must be in double quotes");
    }

    @Test
    void aSpreadsheetWithAHeadingThePortalDoesNotKnowIsRefusedAsAWhole() throws Exception {
        ImportTab tab = openImport();

        String report = run(tab, "lessons.csv", "Title,Sumary\nA,B\n".getBytes(StandardCharsets.UTF_8));

        assertThat(report).startsWith("The file was not imported. The portal does not know the heading \"Sumary\"");
    }
}
