package org.lessonsportal.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which shared words may be a reason why a lesson matched, and how they are written. */
class ReasonWordsTest {

    private static final ReasonWords WORDS = new ReasonWords(LessonAnalyzersTest.ANALYZERS);

    @ParameterizedTest(name = "{0} in {1} of {2} lessons: {3}")
    @CsvSource({
            // general words of write-ups, whatever their form or however rare
            "getting, 1, 100, false",
            "gets, 1, 10, false",
            "Poor, 1, 100, false",
            "Main, 1, 100, false",
            "based, 1, 100, false",
            "staff, 1, 100, false",
            "projects, 1, 100, false",
            // telling words, while few lessons use them
            "cutover, 3, 100, true",
            "PAS, 3, 100, true",
            "Cerner, 2, 100, true",
            "oximeters, 25, 100, true",
            // in more than a quarter of lessons: says little, once there are enough lessons to tell
            "oximeters, 26, 100, false",
            "oximeters, 10, 19, true",
            // short words only as acronyms
            "ED, 2, 100, true",
            "ox, 2, 100, false"})
    void aWordIsAReasonOnlyIfItTellsLessonsApart(String written, int docFreq, int documents, boolean distinctive) {
        String term = LessonAnalyzers.terms(LessonAnalyzersTest.ANALYZERS.index(), written).get(0);
        assertThat(WORDS.distinctive(term, written, docFreq, documents)).isEqualTo(distinctive);
    }

    @Test
    void theVocabularyIsKnown() {
        assertThat(WORDS.inVocabulary("PAS")).isTrue();
        assertThat(WORDS.inVocabulary("cutover")).isTrue();
        assertThat(WORDS.inVocabulary("qzxnotaword")).isFalse();
    }

    @Test
    void aCapitalThatOnlyStartsASentenceIsDropped() {
        assertThat(ReasonWords.shown("Main", true)).isEqualTo("main");
        assertThat(ReasonWords.shown("Cerner", false)).isEqualTo("Cerner");
        assertThat(ReasonWords.shown("PAS", true)).isEqualTo("PAS");
        assertThat(ReasonWords.shown("ePMA", true)).isEqualTo("ePMA");
        assertThat(ReasonWords.shown("SystmOne", true)).isEqualTo("SystmOne");
        assertThat(ReasonWords.shown("cutover", true)).isEqualTo("cutover");
    }
}
