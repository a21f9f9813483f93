package org.lessonsportal.domain.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The whole-file checks: one clear error for a file that is not a lessons exchange document. */
class ExchangeReaderTest {

    private static final long LIMIT = ExchangeSettings.DEFAULT_MAX_FILE_SIZE.toBytes();

    private static InputStream text(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void countsAndHandsOverTheLessonsInOrder() {
        String json = """
                {"format": "lessons-exchange/1", "exportedBy": "somewhere", "lessons": [{"title": "a"}, 42, {"title": "c"}]}
                """;
        assertThat(ExchangeReader.count(text(json), LIMIT)).isEqualTo(3);
        List<String> seen = new ArrayList<>();
        ExchangeReader.forEachLesson(text(json), LIMIT, (index, lesson) -> seen.add(index + ":" + lesson));
        assertThat(seen).containsExactly("0:{\"title\":\"a\"}", "1:42", "2:{\"title\":\"c\"}");
    }

    @Test
    void theFormatTagMayComeAfterTheLessons() {
        assertThat(ExchangeReader.count(text("{\"lessons\": [], \"format\": \"lessons-exchange/1\"}"), LIMIT))
                .isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty file               | ''                                                   | This file is empty.
            plain text               | Title,Summary\\nA,B                                   | This is not a lessons exchange file: it is not valid JSON (the problem is on line 1, column
            a JSON list              | [1, 2, 3]                                            | This is not a lessons exchange file: it should start with
            no format tag            | {"lessons": []}                                      | This file does not say which format it is in.
            wrong format tag         | {"format": "lessons-exchange/2", "lessons": []}      | This file says it is in the format "lessons-exchange/2", but the portal reads only "lessons-exchange/1".
            format not text          | {"format": 1, "lessons": []}                         | This file's "format" is not "lessons-exchange/1"
            no lessons               | {"format": "lessons-exchange/1"}                     | This file has no list of lessons.
            lessons not a list       | {"format": "lessons-exchange/1", "lessons": {}}      | In this file, "lessons" is not a list.
            lessons a string         | {"format": "lessons-exchange/1", "lessons": "all"}   | In this file, "lessons" is not a list.
            cut off                  | {"format": "lessons-exchange/1", "lessons": [{"ti    | This is not a lessons exchange file: it is not valid JSON
            two documents            | {"format": "lessons-exchange/1", "lessons": []} {}   | This file has something after the end of the lessons document
            """)
    void refusesFilesThatAreNotLessonsExchangeDocuments(String name, String content, String message) {
        String json = content.replace("\\n", "\n");
        assertThatThrownBy(() -> ExchangeReader.count(text(json), LIMIT))
                .isInstanceOf(ExchangeFileException.class).hasMessageStartingWith(message);
    }

    @Test
    void aWrongFormatTagAtTheStartStopsBeforeReadingTheRest() {
        CountingStream in = new CountingStream("{\"format\": \"something-else\", \"lessons\": [", 50L * 1024 * 1024,
                "{\"title\": \"x\"},");
        assertThatThrownBy(() -> ExchangeReader.count(in, LIMIT)).isInstanceOf(ExchangeFileException.class)
                .hasMessageContaining("\"something-else\"");
        assertThat(in.served).isLessThan(64 * 1024);
    }

    @Test
    void fiftyMegabytesOfGarbageFailFastWithoutBeingRead() {
        CountingStream garbage = new CountingStream("", 50L * 1024 * 1024, "\u0000\u00ff#garbage#");
        assertThatThrownBy(() -> ExchangeReader.count(garbage, LIMIT)).isInstanceOf(ExchangeFileException.class)
                .hasMessageStartingWith("This is not a lessons exchange file: it is not valid JSON");
        assertThat(garbage.served).isLessThan(64 * 1024);
    }

    @Test
    void aValidLookingDocumentLargerThanTheLimitStopsAtTheLimit() {
        CountingStream huge = new CountingStream("{\"format\": \"lessons-exchange/1\", \"lessons\": [",
                50L * 1024 * 1024, "{\"title\": \"A lesson title that repeats\"},");
        assertThatThrownBy(() -> ExchangeReader.count(huge, LIMIT)).isInstanceOf(ExchangeFileException.class)
                .hasMessage("This file is larger than the 20 MB the portal accepts. Split it into smaller files and "
                        + "import them one by one.");
        assertThat(huge.served).isLessThanOrEqualTo(LIMIT + 64 * 1024);
    }

    @Test
    void handsOverEachLessonAsItsOwnTree() {
        List<JsonNode> lessons = new ArrayList<>();
        ExchangeReader.forEachLesson(text("{\"format\":\"lessons-exchange/1\",\"lessons\":[{\"a\":[1,{\"b\":2}]}]}"),
                LIMIT, (index, lesson) -> lessons.add(lesson));
        assertThat(lessons).hasSize(1);
        assertThat(lessons.get(0).at("/a/1/b").asInt()).isEqualTo(2);
    }

    @Test
    void sizesAreDescribedForPeople() {
        assertThat(ExchangeReader.describeSize(20L * 1024 * 1024)).isEqualTo("20 MB");
        assertThat(ExchangeReader.describeSize(52_428_800L + 104_858L)).isEqualTo("50.1 MB");
        assertThat(ExchangeReader.describeSize(2048)).isEqualTo("2 KB");
    }

    /** Serves a prefix then a repeated chunk, up to a total size, without holding it in memory; counts bytes read. */
    static final class CountingStream extends InputStream {
        private final byte[] prefix;
        private final byte[] chunk;
        private final long size;
        long served;

        CountingStream(String prefix, long size, String chunk) {
            this.prefix = prefix.getBytes(StandardCharsets.ISO_8859_1);
            this.chunk = chunk.getBytes(StandardCharsets.ISO_8859_1);
            this.size = size;
        }

        @Override
        public int read() {
            if (served >= size) {
                return -1;
            }
            long at = served++;
            return (at < prefix.length ? prefix[(int) at] : chunk[(int) ((at - prefix.length) % chunk.length)]) & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - served);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) read();
            }
            return n;
        }
    }
}
