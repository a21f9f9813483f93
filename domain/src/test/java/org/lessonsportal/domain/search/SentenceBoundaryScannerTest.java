package org.lessonsportal.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceBoundaryScannerTest {

    private final SentenceBoundaryScanner scanner = new SentenceBoundaryScanner();

    private static final String TEXT = "We ran a pilot. Clinicians used the EPR, e.g. the drug charts, on 3 wards. "
            + "Version 2.1 went live.\nTraining followed!  Then the big bang";

    private int start(String within) {
        return scanner.findStartOffset(new StringBuilder(TEXT), TEXT.indexOf(within));
    }

    private String sentenceAround(String word) {
        StringBuilder text = new StringBuilder(TEXT);
        int at = TEXT.indexOf(word);
        return text.substring(scanner.findStartOffset(text, at), scanner.findEndOffset(text, at));
    }

    @Test
    void widensToTheWholeSentenceWithTheSpacesAfterIt() {
        assertThat(sentenceAround("pilot")).isEqualTo("We ran a pilot. ");
        assertThat(sentenceAround("drug")).isEqualTo("Clinicians used the EPR, e.g. the drug charts, on 3 wards. ");
    }

    @Test
    void aFullStopInsideANumberOrBeforeALowerCaseWordEndsNoSentence() {
        assertThat(sentenceAround("went")).isEqualTo("Version 2.1 went live.\n");
        assertThat(start("the drug")).isEqualTo(TEXT.indexOf("Clinicians"));
    }

    @Test
    void lineBreaksExclamationsAndTheEndsOfTheTextAreBoundaries() {
        assertThat(sentenceAround("Training")).isEqualTo("Training followed!  ");
        assertThat(sentenceAround("big")).isEqualTo("Then the big bang");
        assertThat(start("ran")).isZero();
    }

    @Test
    void aPassageThatStartsASentenceKeepsItsStart() {
        assertThat(start("Clinicians")).isEqualTo(TEXT.indexOf("Clinicians"));
        assertThat(scanner.findStartOffset(new StringBuilder(TEXT), 0)).isZero();
        assertThat(scanner.findEndOffset(new StringBuilder(TEXT), TEXT.length())).isEqualTo(TEXT.length());
    }
}
