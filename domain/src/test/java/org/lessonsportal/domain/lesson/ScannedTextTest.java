package org.lessonsportal.domain.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.PatientDataFinding.Kind;

/** The plain text the patient-data check scans, and the way back to the text as typed. */
class ScannedTextTest {

    @Test
    void makesSpacesDashesDigitsAndApostrophesPlainAndDropsInvisibleCharacters() {
        ScannedText scanned = ScannedText.of("Mrs\u00a0O\u2019Neill:\t\uff19\uff14\uff13\u2013476\u200b \u20135919\u00ad.");

        assertThat(scanned.text()).isEqualTo("Mrs O'Neill: 943-476 -5919.");
    }

    @Test
    void mapsEveryPlainCharacterBackToWhatWasTyped() {
        String typed = "Note\u2026 \ufb01le 9\u200b4\u00a0\u00a03 e\u0301 \ud835\udfd7!";
        ScannedText scanned = ScannedText.of(typed);

        assertThat(scanned.text()).isEqualTo("Note... file 94 3 \u00e9 9!");
        int number = scanned.text().indexOf("94 3");
        assertThat(scanned.original(number, number + 4)).isEqualTo("9\u200b4\u00a0\u00a03");
        int dots = scanned.text().indexOf("...");
        assertThat(scanned.original(dots + 1, dots + 2)).isEqualTo("\u2026");
        int accent = scanned.text().indexOf('\u00e9');
        assertThat(scanned.original(accent, accent + 1)).isEqualTo("e\u0301");
        int bold = scanned.text().lastIndexOf('9');
        assertThat(scanned.original(bold, bold + 1)).isEqualTo("\ud835\udfd7");
        assertThat(scanned.original(0, scanned.text().length())).isEqualTo(typed);
    }

    @Test
    void keepsNewLinesSoSentencesStillEndThere() {
        assertThat(ScannedText.of("one\u2028two\r\nthree").text()).isEqualTo("one\ntwo\r\nthree");
    }

    @Test
    void aConfirmationCoversTheSameTextTypedWithOtherSpacesOrDigits() {
        PatientDataFinding finding = PatientDataScanner.scan("context", "Ref 943\u00a0476\u00a05919 was a test number.")
                .get(0);

        assertThat(finding.match()).isEqualTo("943\u00a0476\u00a05919");
        assertThat(finding.isSameAs("context", Kind.NHS_NUMBER, "943 476 5919")).isTrue();
        assertThat(finding.isSameAs("context", Kind.NHS_NUMBER, "\uff19\uff14\uff13 476\u200b 5919")).isTrue();
        assertThat(finding.isSameAs("context", Kind.NHS_NUMBER, "943-476-5919")).isFalse();
    }

    @Test
    void repeatsOfOneNumberTypedDifferentlyInOneFieldAreOneFinding() {
        List<PatientDataFinding> findings = PatientDataScanner.scan("context",
                "943 476 5919 and again 943\u00a0476\u00a05919.");

        assertThat(findings).extracting(PatientDataFinding::match).containsExactly("943 476 5919");
    }

    @Test
    void aLongLessonIsScannedQuickly() {
        String paragraph = "On 01.03.2021 we went live at 12 wards; call 0161 496 0000 or MS Teams. Mrs O\u2019Neill "
                + "and the\u00a0DOB field, version 10.2.3, £1\u2009500\u2009000. ";
        String lesson = paragraph.repeat(200);

        long started = System.nanoTime();
        List<PatientDataFinding> findings = PatientDataScanner.scan("context", lesson);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(findings).extracting(PatientDataFinding::match).containsExactly("Mrs O\u2019Neill");
        assertThat(millis).as("milliseconds for %s characters", lesson.length()).isLessThan(2_000);
    }
}
