package org.lessonsportal.domain.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Which state each step may start from, and the plain-English refusal everywhere else. */
class LessonLifecycleTest {

    /** The lifecycle as the issue describes it: step → states it may start from. */
    private static final String LEGAL = """
            EDIT            | DRAFT CHANGES_REQUESTED
            SUBMIT          | DRAFT
            ASSIGN_REVIEWER | SUBMITTED IN_REVIEW
            START_REVIEW    | SUBMITTED
            RECORD_REVIEW   | IN_REVIEW
            REQUEST_CHANGES | IN_REVIEW
            RESUBMIT        | CHANGES_REQUESTED
            APPROVE         | IN_REVIEW
            DECLINE         | IN_REVIEW
            PUBLISH         | APPROVED
            SEND_BACK       | APPROVED
            WITHDRAW        | DRAFT SUBMITTED IN_REVIEW CHANGES_REQUESTED APPROVED
            ARCHIVE         | PUBLISHED
            TAKE_BACK       | SUBMITTED IN_REVIEW
            DELETE          | DRAFT
            """;

    static Stream<Arguments> everyStepFromEveryState() {
        return LEGAL.lines().flatMap(line -> {
            String[] parts = line.split("\\|");
            Transition transition = Transition.valueOf(parts[0].strip());
            Set<LessonState> from = Arrays.stream(parts[1].strip().split("\\s+")).map(LessonState::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(LessonState.class)));
            return Arrays.stream(LessonState.values()).map(state -> Arguments.of(transition, state,
                    from.contains(state)));
        });
    }

    @ParameterizedTest(name = "{0} from {1}: {2}")
    @MethodSource("everyStepFromEveryState")
    void eachStepStartsOnlyFromItsStates(Transition transition, LessonState state, boolean legal) {
        if (legal) {
            assertThatCode(() -> transition.check(state)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> transition.check(state))
                    .isInstanceOfSatisfying(LessonStateException.class, e -> {
                        assertThat(e.state()).isEqualTo(state);
                        assertThat(e.getMessage()).startsWith("This lesson").endsWith(".")
                                .doesNotContain("null").doesNotContain("_");
                    });
        }
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource(delimiter = '|', textBlock = """
            WITHDRAW        | PUBLISHED         | This lesson has already been published, so it can no longer be withdrawn.
            WITHDRAW        | ARCHIVED          | This lesson has been archived, so it can no longer be withdrawn.
            WITHDRAW        | WITHDRAWN         | This lesson has already been withdrawn.
            WITHDRAW        | DECLINED          | This lesson was declined, so it can no longer be withdrawn.
            PUBLISH         | DRAFT             | This lesson is still a draft, so it cannot be published yet.
            PUBLISH         | IN_REVIEW         | This lesson is being reviewed, so it cannot be published yet.
            PUBLISH         | PUBLISHED         | This lesson has already been published.
            SUBMIT          | IN_REVIEW         | This lesson has already been submitted.
            SUBMIT          | CHANGES_REQUESTED | This lesson is back with its author for changes, so it is resubmitted rather than submitted.
            RESUBMIT        | DRAFT             | This lesson has not been submitted yet, so it cannot be resubmitted.
            EDIT            | IN_REVIEW         | This lesson is being reviewed, so it cannot be changed.
            EDIT            | PUBLISHED         | This lesson has already been published, so it can no longer be changed.
            APPROVE         | APPROVED          | This lesson has already been approved.
            APPROVE         | SUBMITTED         | This lesson is waiting for reviewers, so it cannot be approved yet.
            ARCHIVE         | APPROVED          | This lesson has been approved and is waiting to be published, so it cannot be archived yet.
            START_REVIEW    | IN_REVIEW         | This lesson is already being reviewed.
            REQUEST_CHANGES | CHANGES_REQUESTED | This lesson is already back with its author for changes.
            TAKE_BACK       | DRAFT             | This lesson is already a draft.
            TAKE_BACK       | APPROVED          | This lesson has been approved and is waiting to be published, so it can no longer be taken back.
            DELETE          | SUBMITTED         | This lesson is waiting for reviewers, so it can no longer be deleted.
            """)
    void refusalsArePlainEnglish(Transition transition, LessonState state, String message) {
        assertThatThrownBy(() -> transition.check(state)).isInstanceOf(LessonStateException.class)
                .hasMessage(message);
    }
}
