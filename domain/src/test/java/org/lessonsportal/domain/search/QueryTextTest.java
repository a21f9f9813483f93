package org.lessonsportal.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class QueryTextTest {

    static final TextQueries QUERIES = new TextQueries(LessonAnalyzersTest.ANALYZERS.search(),
            LessonAnalyzersTest.ANALYZERS.index());

    static QueryText text(String raw) {
        return QueryText.of(raw, SearchQuery.MAX_TEXT_LENGTH);
    }

    @Test
    void veryLongTextIsCutAtAWordBoundary() {
        String raw = "electronic prescribing ".repeat(500);
        QueryText text = text(raw);
        assertThat(raw).hasSizeGreaterThan(10_000);
        assertThat(text.text()).hasSizeLessThanOrEqualTo(SearchQuery.MAX_TEXT_LENGTH).endsWith("electronic");
        assertThat(QUERIES.match(text, true)).isNotNull();
    }

    @Test
    void invisibleAndControlCharactersGo() {
        assertThat(text("fax\u200Bremoval").text()).isEqualTo("faxremoval");
        assertThat(text("\u202Efax\u202C removal\u0000\u0007").text()).isEqualTo("fax removal");
        assertThat(text("  EPR \t\n go-live  ").text()).isEqualTo("EPR go-live");
        assertThat(text("\uFEFFePMA\uE000").text()).isEqualTo("ePMA");
        assertThat(text("ｅＰＭＡ").text()).as("full-width letters").isEqualTo("ePMA");
    }

    @Test
    void anUnpairedSurrogateOrEmojiCutInHalfIsDropped() {
        String emoji = "😀";
        String raw = "a".repeat(SearchQuery.MAX_TEXT_LENGTH - 1) + emoji;
        assertThat(text(raw).text()).doesNotContain("\uD83D");
        assertThat(text("fax \uD83D removal").text()).isEqualTo("fax removal");
    }

    @Test
    void quotedWordsArePhrasesAndTheRestAreWords() {
        QueryText text = text("“floor walkers” cutover \"go live\" \"");
        assertThat(text.phrases()).containsExactly("floor walkers", "go live");
        assertThat(text.words()).isEqualTo("cutover");
    }

    @Test
    void querySyntaxIsJustText() {
        for (String raw : new String[] {"title:(", "AND OR NOT", "fax~2 removal^3", "*", "?", "[a TO z]", "\\",
                "-fax +epr", "/regex/", "\"unclosed", "((((", "😀🏥💊", "مرحبا بالعالم", "電子カルテ"}) {
            Query query = QUERIES.match(text(raw), true);
            assertThat(QUERIES.wordCount(text(raw))).isGreaterThanOrEqualTo(0);
            if (query != null) {
                assertThat(query.toString()).isNotBlank();
            }
        }
        assertThat(QUERIES.match(text("title:("), true)).isNotNull();
    }

    @Test
    void textFullOfSynonymsStaysWithinLucenesClauseLimit() {
        for (String raw : new String[] {"EHR ePMA A&E GP PACS RPA ".repeat(40), "\"EHR ePMA A&E GP PACS RPA EPR\" ".repeat(10),
                "go-live ".repeat(40)}) {
            Query query = QUERIES.match(text(raw), true);
            assertThat(QueryTrees.clauses(query)).isLessThanOrEqualTo(TextQueries.MAX_CLAUSES);
        }
    }

    @Test
    void textWithoutSearchableWordsHasNoQuery() {
        assertThat(QUERIES.match(text(""), true)).isNull();
        assertThat(QUERIES.match(text("the of and"), true)).isNull();
        assertThat(QUERIES.match(text("!!! ??? ..."), true)).isNull();
    }
}
