package org.lessonsportal.portal.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.Challenge;
import org.lessonsportal.domain.lesson.Contact;
import org.lessonsportal.domain.lesson.LessonContent;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.taxonomy.ChallengeType;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;

/** The PDF of a lesson, made without a browser and read back with PDFBox. */
class LessonPdfTest {

    private static final String ADDRESS = "https://lessons.example.nhs.uk/lessons/42";

    @Test
    void thePdfOpensAndHoldsEveryPartOfTheLesson() throws IOException {
        byte[] pdf = LessonPdf.render(source(lesson("One patient record in a weekend")));

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("One patient record in a weekend");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = normalised(stripper.getText(document));
            assertThat(text).contains("One patient record in a weekend",
                    "From Northshire Hospitals NHS Foundation Trust. Published 14 March 2025.",
                    "How three sites moved to one record.",
                    "About the project", "Type of project", ProjectType.ELECTRONIC_PATIENT_RECORD.label(),
                    "Care settings",
                    Setting.ACUTE.label(), "Region", Region.LONDON.label(), "Started", "1 April 2022", "Completed",
                    "31 March 2023", "Technologies, suppliers and", "HL7 FHIR",
                    "Context", "Three acute sites each ran their own PAS.",
                    "What we did", "Floor walkers on every ward.", "Second paragraph of what we did.",
                    "Outcomes", "All sites went live.",
                    "Challenges", "Challenge 1: " + ChallengeType.DATA_MIGRATION.label(), "What happened",
                    "Duplicate records.", "How it was resolved", "Three trial loads.",
                    "Challenge 2: " + ChallengeType.TRAINING_ADOPTION.label(), "Staff rotas.",
                    "Training on night shifts.",
                    "Recommendations", "Plan trial loads early.",
                    "What we would do differently", "Start the data work sooner.",
                    "Contact", "Ask Jo Patel (", "jo.patel@example.nhs.uk", "about this lesson.",
                    ADDRESS, "Page 1 of");
        }
    }

    @Test
    void lessonTextIsEscapedNeverReadAsMarkup() throws Exception {
        LessonDetails lesson = lesson("<script>alert('x')</script> & \"quotes\" \u0001 ≥ 95% — “done”");
        String xhtml = LessonPdf.xhtml(source(lesson));

        assertThat(xhtml).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("&amp; &quot;quotes&quot;").doesNotContain("\u0001");
        // well-formed XML, as the renderer needs
        assertThatCode(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xhtml.replace("<!DOCTYPE html>", "")
                        .getBytes(StandardCharsets.UTF_8)))).doesNotThrowAnyException();
        try (PDDocument document = Loader.loadPDF(LessonPdf.render(source(lesson)))) {
            assertThat(normalised(new PDFTextStripper().getText(document)))
                    .contains("<script>alert('x')</script> & \"quotes\"", "≥ 95% — “done”");
        }
    }

    @Test
    void aLessonWithOnlyItsRequiredPartsHasNoEmptySections() throws IOException {
        LessonContent bare = LessonContent.builder().title("Bare lesson").summary("Short.")
                .projectType(ProjectType.ELECTRONIC_PATIENT_RECORD).settings(Setting.ACUTE).context("Some context.")
                .build();
        String xhtml = LessonPdf.xhtml(source(details(bare)));

        assertThat(xhtml).contains("<h2>Context</h2>").doesNotContain("<h2>Challenges</h2>")
                .doesNotContain("<h2>Contact</h2>").doesNotContain("Region").doesNotContain("What we did");
    }

    @Test
    void theFileNameSaysWhichLessonItIs() {
        assertThat(LessonPdfController.fileName(lesson("Électronic prescribing: what we’d do again (2024)")))
                .isEqualTo("lesson-42-electronic-prescribing-what-we-d-do-again-2024.pdf");
        assertThat(LessonPdfController.fileName(lesson("A very long title about a project that took many years to "
                + "finish across several trusts")))
                .isEqualTo("lesson-42-a-very-long-title-about-a-project-that-took-many-years-to.pdf");
        assertThat(LessonPdfController.fileName(details(LessonContent.builder().title("!!!").build())))
                .isEqualTo("lesson-42.pdf");
    }

    private static LessonPdf.Source source(LessonDetails lesson) {
        return new LessonPdf.Source(lesson, "Northshire Hospitals NHS Foundation Trust", ADDRESS);
    }

    private static LessonDetails lesson(String title) {
        return details(LessonContent.builder()
                .title(title)
                .summary("How three sites moved to one record.")
                .projectType(ProjectType.ELECTRONIC_PATIENT_RECORD)
                .settings(Setting.ACUTE)
                .region(Region.LONDON)
                .startedOn(LocalDate.of(2022, 4, 1))
                .completedOn(LocalDate.of(2023, 3, 31))
                .context("Three acute sites each ran their own PAS.")
                .approach("Floor walkers on every ward.\n\nSecond paragraph of what we did.")
                .outcomes("All sites went live.")
                .challenge(new Challenge(ChallengeType.DATA_MIGRATION, "Duplicate records.", "Three trial loads."))
                .challenge(new Challenge(ChallengeType.TRAINING_ADOPTION, "Staff rotas.", "Training on night shifts."))
                .recommendations("Plan trial loads early.")
                .wouldDoDifferently("Start the data work sooner.")
                .technologies(List.of("HL7 FHIR"))
                .contact(new Contact("Jo Patel", "jo.patel@example.nhs.uk"))
                .build());
    }

    private static LessonDetails details(LessonContent content) {
        Instant now = Instant.parse("2025-03-14T10:00:00Z");
        return new LessonDetails(42L, 1, LessonState.PUBLISHED, content, null, 7L, null, 1,
                LocalDate.of(2025, 3, 14), null, now, now, null);
    }

    /** PDF text comes back with line breaks where lines wrapped: read it as one line. */
    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
