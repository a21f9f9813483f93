package org.lessonsportal.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 as spreadsheets write it. */
class CsvParserTest {

    private static List<List<String>> parse(String text) throws IOException {
        CsvParser parser = new CsvParser(new StringReader(text));
        List<List<String>> records = new ArrayList<>();
        List<String> record;
        while ((record = parser.next()) != null) {
            records.add(record);
        }
        return records;
    }

    @Test
    void plainCellsAndEmptyOnes() throws IOException {
        assertThat(parse("a,b,c\n1,,3\n,,\n")).containsExactly(List.of("a", "b", "c"), List.of("1", "", "3"),
                List.of("", "", ""));
    }

    @Test
    void quotedCellsHoldCommasLineBreaksAndDoubledQuotes() throws IOException {
        String text = "Title,Summary\r\n\"Beds, wards and flow\",\"Line one\r\nline two, with \"\"quotes\"\"\"\r\n";
        assertThat(parse(text)).containsExactly(List.of("Title", "Summary"),
                List.of("Beds, wards and flow", "Line one\nline two, with \"quotes\""));
    }

    @Test
    void aByteOrderMarkFromExcelIsSkippedAndOnlyAtTheStart() throws IOException {
        assertThat(parse("\uFEFFTitle,Summary\nA,\uFEFFB")).containsExactly(List.of("Title", "Summary"),
                List.of("A", "\uFEFFB"));
    }

    @Test
    void everyKindOfLineEndAndNoneAtTheEnd() throws IOException {
        assertThat(parse("a\rb\r\nc\nd")).containsExactly(List.of("a"), List.of("b"), List.of("c"), List.of("d"));
        assertThat(parse("")).isEmpty();
    }

    @Test
    void anEmptyQuotedCellAndAQuoteInsideAnUnquotedCell() throws IOException {
        assertThat(parse("\"\",5\" screen,\"x\"\n")).containsExactly(List.of("", "5\" screen", "x"));
    }

    @Test
    void countsRecordsNotLines() throws IOException {
        CsvParser parser = new CsvParser(new StringReader("h\n\"a\nb\nc\"\nd\n"));
        parser.next();
        parser.next();
        parser.next();
        assertThat(parser.record()).as("the third record starts on line 5").isEqualTo(3);
    }

    @Test
    void aQuoteNeverClosedIsAnErrorNamingItsLine() {
        assertThatThrownBy(() -> parse("Title,Summary\nA,B\nC,\"never closed\nD,E\n"))
                .isInstanceOf(CsvParser.CsvException.class)
                .hasMessageContaining("on line 3 is never closed");
    }
}
