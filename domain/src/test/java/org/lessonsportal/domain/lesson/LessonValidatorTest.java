package org.lessonsportal.domain.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.domain.taxonomy.ChallengeType;
import org.lessonsportal.testsupport.LessonTestData;

/** Field-precise, plain-English messages for everything submission needs. */
class LessonValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private static LessonContent valid() {
        return LessonTestData.complete("A perfectly good title");
    }

    @Test
    void aCompleteLessonPasses() {
        assertThat(LessonValidator.checkComplete(valid(), TODAY)).isEmpty();
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                problem("no title", b -> b.title("  "), "title", "Enter a title"),
                problem("short title", b -> b.title("Too short"), "title", "Title must be at least 10 characters"),
                problem("long title", b -> b.title("x".repeat(201)), "title", "Title must be 200 characters or fewer"),
                problem("no summary", b -> b.summary(null), "summary", "Enter a summary"),
                problem("short summary", b -> b.summary("Far too short."), "summary",
                        "Summary must be at least 20 characters"),
                problem("long summary", b -> b.summary("y".repeat(1201)), "summary",
                        "Summary must be 1,200 characters or fewer"),
                problem("no project type", b -> b.projectType(null), "projectType", "Choose the type of project"),
                problem("no settings", b -> b.settings(List.of()), "settings", "Choose at least one care setting"),
                problem("no region", b -> b.region(null), "region", "Choose the region"),
                problem("dates the wrong way round", b -> b.startedOn(LocalDate.of(2023, 1, 1))
                        .completedOn(LocalDate.of(2022, 12, 31)), "completedOn",
                        "The completion date must be the same as or after the start date"),
                problem("completed in the future", b -> b.completedOn(TODAY.plusDays(1)), "completedOn",
                        "The completion date must be today or in the past, as lessons come from finished projects"),
                problem("started in the future", b -> b.startedOn(TODAY.plusDays(1)).completedOn(null), "startedOn",
                        "The start date must be today or in the past"),
                problem("no context", b -> b.context(null), "context", "Describe the context of the project"),
                problem("no approach", b -> b.approach(""), "approach", "Describe the approach you took"),
                problem("no outcomes", b -> b.outcomes(null), "outcomes", "Describe the outcomes"),
                problem("long outcomes", b -> b.outcomes("z".repeat(20_001)), "outcomes",
                        "Outcomes must be 20,000 characters or fewer"),
                problem("no recommendations", b -> b.recommendations(null), "recommendations",
                        "Enter your recommendations for others"),
                problem("no challenges", b -> b.challenges(List.of()), "challenges",
                        "Add at least one challenge the project met"),
                problem("challenge without type", b -> b.challenges(List.of(valid().challenges().get(0),
                        new Challenge(null, "What happened.", "How it was resolved."))), "challenges[1].type",
                        "Challenge 2: choose the type of challenge"),
                problem("challenge without description", b -> b.challenges(List.of(new Challenge(
                        ChallengeType.DATA_MIGRATION, null, "Resolved."))), "challenges[0].description",
                        "Challenge 1: describe what happened"),
                problem("challenge without resolution", b -> b.challenges(List.of(new Challenge(
                        ChallengeType.DATA_MIGRATION, "It happened.", " "))), "challenges[0].resolution",
                        "Challenge 1: describe how it was resolved"),
                problem("too many tags", b -> b.tags(Stream.iterate(1, i -> i + 1).limit(21).map(i -> "tag " + i)
                        .toList()), "tags", "You can add up to 20 tags"),
                problem("long tag", b -> b.tags(List.of("t".repeat(51))), "tags[0]",
                        "Each tag must be 50 characters or fewer"),
                problem("contact without name", b -> b.contact(new Contact(null, "someone@example.nhs.uk")),
                        "contact.name", "Enter the name of the person to contact"),
                problem("contact without e-mail", b -> b.contact(new Contact("Pat Example", null)), "contact.email",
                        "Enter the contact's email address"),
                problem("contact with a bad e-mail", b -> b.contact(new Contact("Pat Example", "pat.example@nhs")),
                        "contact.email", "Enter an email address in the correct format, like name@example.nhs.uk"),
                problem("contact with two @", b -> b.contact(new Contact("Pat Example", "pat@@example.nhs.uk")),
                        "contact.email", "Enter an email address in the correct format, like name@example.nhs.uk"));
    }

    private static Arguments problem(String name, UnaryOperator<LessonContent.Builder> change, String field,
            String message) {
        return Arguments.of(name, change, field, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void explainsEachProblemAgainstItsField(String name, UnaryOperator<LessonContent.Builder> change, String field,
            String message) {
        List<FieldError> errors = LessonValidator.checkComplete(change.apply(valid().toBuilder()).build(), TODAY);

        assertThat(errors).containsExactly(new FieldError(field, message));
    }

    @Test
    void anEmptyLessonListsEverythingMissingAtOnce() {
        assertThat(LessonValidator.checkComplete(LessonContent.empty(), TODAY)).extracting(FieldError::field)
                .containsExactly("title", "summary", "projectType", "settings", "region", "context", "approach",
                        "outcomes", "challenges", "recommendations");
    }

    @Test
    void draftsOnlyHaveToFitTheStorage() {
        assertThat(LessonValidator.checkStorable(LessonContent.empty())).isEmpty();
        assertThat(LessonValidator.checkStorable(LessonContent.builder().title("short").build())).isEmpty();
        assertThat(LessonValidator.checkStorable(LessonContent.builder().title("x".repeat(201))
                .context("c".repeat(20_001)).build()))
                .containsExactly(new FieldError("title", "Title must be 200 characters or fewer"),
                        new FieldError("context", "Context must be 20,000 characters or fewer"));
    }

    @Test
    void theExceptionCarriesEveryErrorAndSummarisesThem() {
        LessonContent content = valid().toBuilder().title("Short").summary(null).build();
        assertThatThrownBy(() -> LessonValidator.requireComplete(content, TODAY))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).hasSize(2);
                    assertThat(e.messagesFor("title")).containsExactly("Title must be at least 10 characters");
                    assertThat(e.getMessage()).isEqualTo("There are 2 problems: Title must be at least 10 "
                            + "characters; Enter a summary.");
                });
    }

    @Test
    void contentIsTidiedAsItIsMade() {
        LessonContent content = LessonContent.builder().title("  A title with spaces around it  ")
                .technologies(java.util.Arrays.asList("FHIR", " ", null, "fhir", "HL7"))
                .settings(org.lessonsportal.domain.taxonomy.Setting.ACUTE, org.lessonsportal.domain.taxonomy.Setting.ACUTE)
                .contact(new Contact(" ", ""))
                .build();
        assertThat(content.title()).isEqualTo("A title with spaces around it");
        assertThat(content.technologies()).containsExactly("FHIR", "HL7");
        assertThat(content.settings()).hasSize(1);
        assertThat(content.contact()).as("an empty contact means nobody opted in").isNull();
    }
}
