package org.lessonsportal.workflow.review;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A typed view of the review process's variables, for the delegates and listeners (a {@code DelegateExecution} or a
 * {@code DelegateTask}) and for the code that sets them: the names are {@link LessonReviewProcess}'s, and how each is
 * stored (the lesson's id as a Long, member ids as strings; durations as ISO-8601 text in processes started on the
 * first version) is written down only here.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class ReviewVariables {

    private final VariableScope scope;

    /** The variables as seen from an execution or a task (a variable of an enclosing scope is found too). */
    static ReviewVariables of(VariableScope scope) {
        return new ReviewVariables(scope);
    }

    /** The variables a review starts with. */
    static Map<String, Object> atStart(Long lessonId, Long authorId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(LessonReviewProcess.LESSON_ID, lessonId);
        variables.put(LessonReviewProcess.AUTHOR_ID, String.valueOf(authorId));
        return variables;
    }

    /** The reviewer of a reviewer's branch of the round, as set when a publisher chooses another one. */
    static Map<String, Object> reviewer(Long reviewerId) {
        return Map.of(LessonReviewProcess.REVIEWER_ID, String.valueOf(reviewerId));
    }

    Long lessonId() {
        return (Long) scope.getVariable(LessonReviewProcess.LESSON_ID);
    }

    /** The reviewer of this branch of the round; {@code null} for a place a publisher has yet to fill. */
    Long reviewerId() {
        String reviewer = (String) scope.getVariable(LessonReviewProcess.REVIEWER_ID);
        return reviewer == null || CurrentReviewers.OPEN_PLACE.equals(reviewer) ? null : Long.valueOf(reviewer);
    }

    /**
     * A period copied into the process when it started: only processes started on the review's first version have
     * them ({@link ReviewTimes} gives the current settings otherwise).
     */
    Optional<Duration> startedWith(String period) {
        return Optional.ofNullable((String) scope.getVariable(period)).map(Duration::parse);
    }

    /**
     * Records whether the automatic assignment found enough reviewers. The gateway right after it reads this in the
     * same transaction, so it is not stored (a transient variable), unless a review started before that stored it
     * (docs/adr/0067).
     */
    void reviewersAssigned(boolean enough) {
        boolean stored = stored(LessonReviewProcess.REVIEWERS_ASSIGNED);
        scope.setVariable(LessonReviewProcess.REVIEWERS_ASSIGNED, Variables.booleanValue(enough, !stored));
    }

    /**
     * Records how many places of the round wait for a publisher (the round's branches read this). When the round
     * starts at once ({@code roundStartsNow}), its branches are made in this transaction and the number is not
     * stored; when a publisher chooses the reviewers first, the round starts later and reads the stored number. A
     * review started before this change keeps its stored variable (docs/adr/0067).
     */
    void openPlaces(int places, boolean roundStartsNow) {
        boolean stored = stored(LessonReviewProcess.OPEN_PLACES);
        scope.setVariable(LessonReviewProcess.OPEN_PLACES,
                Variables.integerValue(places, roundStartsNow && !stored));
    }

    /** Whether the variable is stored with the process (a transient one and one not set are not). */
    private boolean stored(String name) {
        TypedValue value = scope.getVariableTyped(name);
        return value != null && !value.isTransient();
    }
}
