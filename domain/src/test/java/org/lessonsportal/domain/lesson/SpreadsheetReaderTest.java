package org.lessonsportal.domain.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.shared.FieldError;

/** A spreadsheet's rows become the same lessons a lessons-exchange/1 file holds. */
class SpreadsheetReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Row(int index, int row, JsonNode lesson, List<FieldError> problems) {
    }

    private static List<Row> read(String csv) {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        int count = SpreadsheetReader.count(new ByteArrayInputStream(bytes), 1_000_000);
        List<Row> rows = new ArrayList<>();
        SpreadsheetReader.forEachLesson(new ByteArrayInputStream(bytes), 1_000_000,
                (index, row, lesson, problems) -> rows.add(new Row(index, row, lesson, List.copyOf(problems))));
        assertThat(rows).hasSize(count);
        return rows;
    }

    @Test
    void aRowBecomesTheLessonAJsonFileWouldHold() throws Exception {
        String csv = "\uFEFFId,Organisation code,Organisation name,Title,Summary,Type of project,Care settings,Region,"
                + "Start date,Completion date,Context,Approach,Outcomes,Challenge 1: type of challenge,"
                + "Challenge 1: what happened,Challenge 1: how it was resolved,Recommendations,"
                + "What we would do differently,\"Technologies, suppliers and standards\",Tags,Contact name,"
                + "Contact email address,Publication date\r\n"
                + "x-1,rxx,\"Northshire Hospitals, NHS FT\",\"Beds, flow\",\"Line one\r\nline \"\"two\"\"\","
                + "Paperless,Acute hospital; community health,London,1/4/2022,2023-03-31,C,A,O,data-migration,D,R,"
                + "Rec,Diff,FHIR;HL7,discharge,Ann Smith,ann@example.nhs.uk,05/06/2024\r\n";

        Row row = read(csv).get(0);

        JsonNode expected = JSON.readTree("""
                {"id": "x-1", "organisation": {"odsCode": "rxx", "name": "Northshire Hospitals, NHS FT"},
                 "title": "Beds, flow", "summary": "Line one\\nline \\"two\\"", "projectType": "%s",
                 "settings": ["acute", "community"], "region": "london", "startedOn": "2022-04-01",
                 "completedOn": "2023-03-31", "context": "C", "approach": "A", "outcomes": "O",
                 "challenges": [{"type": "data-migration", "description": "D", "resolution": "R"}],
                 "recommendations": "Rec", "wouldDoDifferently": "Diff", "technologies": ["FHIR", "HL7"],
                 "tags": ["discharge"], "contact": {"name": "Ann Smith", "email": "ann@example.nhs.uk"},
                 "publishedOn": "2024-06-05"}
                """.formatted(org.lessonsportal.domain.taxonomy.ProjectType.PAPERLESS.code()));
        assertThat(row.lesson()).isEqualTo(expected);
        assertThat(row.problems()).isEmpty();
        assertThat(row.row()).isEqualTo(2);
    }

    @Test
    void headingsMayBeTheFileKeysInAnyCaseAndEmptyRowsAreSkippedKeepingRowNumbers() {
        List<Row> rows = read("TITLE,summary,organisation.odsCode\nA,S,RXX\n,,\n\nB,T,RYY\n");

        assertThat(rows).extracting(Row::index).containsExactly(0, 1);
        assertThat(rows).extracting(Row::row).containsExactly(2, 5);
        assertThat(rows.get(1).lesson().get("title").asText()).isEqualTo("B");
        assertThat(rows.get(1).lesson().get("organisation").get("odsCode").asText()).isEqualTo("RYY");
    }

    @Test
    void aMissingChallengeBeforeAGivenOneKeepsItsNumber() {
        Row row = read("Title,Challenge 2: what happened\nA,Late delivery\n").get(0);

        assertThat(row.lesson().get("challenges")).hasSize(2);
        assertThat(row.lesson().get("challenges").get(0).isEmpty()).isTrue();
        assertThat(row.lesson().get("challenges").get(1).get("description").asText()).isEqualTo("Late delivery");
    }

    @Test
    void aRowWithMoreCellsThanHeadingsIsAProblemOfThatRow() {
        Row row = read("Title,Summary\nBeds, wards and flow,Short\n").get(0);

        assertThat(row.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEmpty();
            assertThat(p.message()).contains("more cells than there are headings", "double quotes");
        });
    }

    @Test
    void unknownOrRepeatedHeadingsRefuseTheWholeFile() {
        assertThatThrownBy(() -> read("Title,Sumary,Notes\nA,B,C\n")).isInstanceOf(ExchangeFileException.class)
                .hasMessageContaining("does not know the headings \"Sumary\", \"Notes\"")
                .hasMessageContaining("\"Summary\"").hasMessageContaining("\"Challenge 1: what happened\"");
        assertThatThrownBy(() -> read("Title,title\nA,B\n")).isInstanceOf(ExchangeFileException.class)
                .hasMessageContaining("\"title\" is in the first row twice");
        assertThatThrownBy(() -> read("Summary\nA\n")).isInstanceOf(ExchangeFileException.class)
                .hasMessageContaining("no \"Title\" column");
        assertThatThrownBy(() -> read("")).isInstanceOf(ExchangeFileException.class)
                .hasMessageStartingWith("This file is empty.");
    }

    @Test
    void aQuoteNeverClosedOrTextNotInUtf8RefusesTheWholeFile() {
        assertThatThrownBy(() -> read("Title\n\"A\nB\n")).isInstanceOf(ExchangeFileException.class)
                .hasMessageStartingWith("This spreadsheet cannot be read: A cell that starts with a double quote");
        byte[] latin1 = "Title\nCaf\u00e9 rota\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> SpreadsheetReader.count(new ByteArrayInputStream(latin1), 1000))
                .isInstanceOf(ExchangeFileException.class).hasMessageContaining("CSV UTF-8");
    }
}
