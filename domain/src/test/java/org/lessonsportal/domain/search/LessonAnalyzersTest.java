package org.lessonsportal.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonAnalyzersTest {

    static final LessonAnalyzers ANALYZERS = new LessonAnalyzers(
            SynonymRules.Source.classpath(SynonymRules.BUILT_IN));

    static List<String> indexed(String text) {
        return LessonAnalyzers.terms(ANALYZERS.index(), text);
    }

    static List<String> searched(String text) {
        return LessonAnalyzers.terms(ANALYZERS.search(), text);
    }

    @Test
    void theBuiltInVocabularyIsLargeAndEveryRuleIsUsable() throws IOException {
        long lines = Files.readAllLines(Path.of("src/main/resources/search/nhs-synonyms.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).count();
        assertThat(lines).isGreaterThanOrEqualTo(80);
        assertThat(ANALYZERS.synonyms().ruleCount()).isEqualTo(lines);
        assertThat(ANALYZERS.synonyms().skippedCount()).isZero();
    }

    @Test
    void noMultiWordAlternativeShrinksToOneEverydayWord() throws IOException {
        List<String> collapsed = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/search/nhs-synonyms.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            for (String alternative : line.replace("=>", ",").split(",")) {
                if (LessonAnalyzers.terms(ANALYZERS.spelling(), alternative).size() > 1
                        && indexed(alternative).size() == 1) {
                    collapsed.add(alternative.strip() + " -> " + indexed(alternative));
                }
            }
        }
        assertThat(collapsed).as("e.g. \"cut over\" is only \"cut\" once the stop word goes").isEmpty();
    }

    @Test
    void stemsAndDropsStopWordsLikeEnglishText() {
        assertThat(indexed("The records of the patients' referrals")).containsExactly("record", "patient", "refer");
        assertThat(indexed("Migrating")).isEqualTo(indexed("migration"));
        assertThat(indexed("Ward's floor walkers")).containsExactly("ward", "floor", "walker");
    }

    @Test
    void keepsAcronymsWithAnAmpersandAndItInCapitals() {
        assertThat(indexed("A&E")).containsExactly("ae");
        assertThat(indexed("a & e department")).containsExactly("ae", "department");
        assertThat(indexed("R&D")).containsExactly("rd");
        assertThat(indexed("The IT service desk said it works")).containsExactly("ict", "servic", "desk", "said",
                "work");
    }

    @Test
    void acronymOffsetsPointAtTheOriginalText() throws IOException {
        String text = "Our A & E and IT teams, R&D, ITEM, SA&EX, a&b";
        assertThat(covered(text)).containsExactly("our=Our", "ae=A & E", "and=and", "ict=IT", "teams=teams", "rd=R&D",
                "item=ITEM", "sa=SA", "ex=EX", "ab=a&b");
    }

    @Test
    void aLongTextIsReadWholeAndItsOffsetsStayRight() throws IOException {
        String filler = "ward ".repeat(2000);
        String text = "A&E " + filler + "IT " + filler + "R & D";
        List<String> covered = covered(text);
        assertThat(covered).hasSize(4003);
        assertThat(covered.get(0)).isEqualTo("ae=A&E");
        assertThat(covered.get(2001)).isEqualTo("ict=IT");
        assertThat(covered.get(4002)).isEqualTo("rd=R & D");
        assertThat(covered(filler)).hasSize(2000).allMatch("ward=ward"::equals);
    }

    /** Each token of the text with the part of the original text its offsets mark. */
    private static List<String> covered(String text) throws IOException {
        List<String> covered = new java.util.ArrayList<>();
        try (org.apache.lucene.analysis.TokenStream stream = ANALYZERS.spelling().tokenStream("f", text)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            var offset = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                covered.add(term + "=" + text.substring(offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        }
        return covered;
    }

    @Test
    void synonymsApplyAtSearchTimeOnlyAndBothWays() {
        assertThat(indexed("EHR")).containsExactly("ehr");
        assertThat(searched("EHR")).contains("ehr", "epr", "electron", "patient", "record");
        assertThat(searched("electronic patient records")).contains("epr", "ehr");
        assertThat(searched("A&E")).contains("ed", "emerg", "department", "accid");
        assertThat(searched("accident and emergency")).contains("ae", "ed");
        assertThat(searched("ePMA")).contains("prescrib", "electron");
        assertThat(searched("e-prescribing")).contains("epma");
        assertThat(searched("GP")).contains("primari", "care", "general", "practic");
        assertThat(searched("virtual ward")).contains("hospit", "home");
        assertThat(searched("RPA")).contains("robot", "process", "autom");
        assertThat(searched("Office 365")).contains("n365", "m365");
    }

    @Test
    void oddTextIsStillAnalysed() {
        assertThat(indexed("café naïve")).containsExactly("cafe", "naiv");
        assertThat(indexed("title:(")).containsExactly("titl");
        assertThat(indexed("")).isEmpty();
        assertThat(indexed("😀")).hasSize(1);
    }

    @Test
    void anAdministratorsFileAddsRulesAndBadRulesAreSkipped(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("extra-synonyms.txt");
        Files.writeString(extra, """
                # local names
                Lorenzo, our old PAS
                the, of
                CareFlow => CareFlow, electronic observations
                """, StandardCharsets.UTF_8);
        LessonAnalyzers analyzers = new LessonAnalyzers(SynonymRules.Source.classpath(SynonymRules.BUILT_IN),
                SynonymRules.Source.file(extra));

        assertThat(analyzers.synonyms().ruleCount()).isEqualTo(ANALYZERS.synonyms().ruleCount() + 2);
        assertThat(analyzers.synonyms().skippedCount()).as("a rule of stop words only").isEqualTo(1);
        assertThat(LessonAnalyzers.terms(analyzers.search(), "Lorenzo")).contains("old", "pa");
        assertThat(LessonAnalyzers.terms(analyzers.search(), "CareFlow")).contains("observ");
        assertThat(LessonAnalyzers.terms(analyzers.search(), "electronic observations")).doesNotContain("careflow");
    }

    @Test
    void aMissingAdministratorsFileLeavesTheBuiltInRules(@TempDir Path dir) {
        LessonAnalyzers analyzers = new LessonAnalyzers(SynonymRules.Source.classpath(SynonymRules.BUILT_IN),
                SynonymRules.Source.file(dir.resolve("missing.txt")));

        assertThat(analyzers.synonyms().ruleCount()).isEqualTo(ANALYZERS.synonyms().ruleCount());
    }
}
