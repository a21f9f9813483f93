package org.lessonsportal.domain.lesson;

import static org.lessonsportal.domain.lesson.LessonState.APPROVED;
import static org.lessonsportal.domain.lesson.LessonState.ARCHIVED;
import static org.lessonsportal.domain.lesson.LessonState.CHANGES_REQUESTED;
import static org.lessonsportal.domain.lesson.LessonState.DECLINED;
import static org.lessonsportal.domain.lesson.LessonState.DRAFT;
import static org.lessonsportal.domain.lesson.LessonState.IN_REVIEW;
import static org.lessonsportal.domain.lesson.LessonState.PUBLISHED;
import static org.lessonsportal.domain.lesson.LessonState.SUBMITTED;
import static org.lessonsportal.domain.lesson.LessonState.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;
import lombok.RequiredArgsConstructor;

/**
 * The lifecycle: each change of state the portal knows, the states it may start from and where it can lead. Also the
 * few things that are not changes of state but are only possible in some states (editing, choosing reviewers,
 * reviewing). {@link #check(LessonState)} turns an impossible move into a plain-English refusal.
 */
@RequiredArgsConstructor
enum Transition {
    EDIT("changed", EnumSet.of(DRAFT, CHANGES_REQUESTED), null),
    SUBMIT("submitted", EnumSet.of(DRAFT), SUBMITTED),
    ASSIGN_REVIEWER("given reviewers", EnumSet.of(SUBMITTED, IN_REVIEW), null),
    START_REVIEW("put into review", EnumSet.of(SUBMITTED), IN_REVIEW),
    RECORD_REVIEW("reviewed", EnumSet.of(IN_REVIEW), null),
    REQUEST_CHANGES("sent back for changes", EnumSet.of(IN_REVIEW), CHANGES_REQUESTED),
    RESUBMIT("resubmitted", EnumSet.of(CHANGES_REQUESTED), null),
    APPROVE("approved", EnumSet.of(IN_REVIEW), APPROVED),
    DECLINE("declined", EnumSet.of(IN_REVIEW), DECLINED),
    PUBLISH("published", EnumSet.of(APPROVED), PUBLISHED),
    SEND_BACK("sent back", EnumSet.of(APPROVED), null),
    TAKE_BACK("taken back", EnumSet.of(SUBMITTED, IN_REVIEW), DRAFT),
    DELETE("deleted", EnumSet.of(DRAFT), null),
    WITHDRAW("withdrawn", EnumSet.of(DRAFT, SUBMITTED, IN_REVIEW, CHANGES_REQUESTED, APPROVED), WITHDRAWN),
    ARCHIVE("archived", EnumSet.of(PUBLISHED), ARCHIVED);

    private final String done;
    private final Set<LessonState> from;
    private final LessonState to;

    boolean allowedFrom(LessonState state) {
        return from.contains(state);
    }

    Set<LessonState> from() {
        return EnumSet.copyOf(from);
    }

    /** @throws LessonStateException with a plain-English reason when the lesson's state does not allow this */
    void check(LessonState state) {
        if (!allowedFrom(state)) {
            throw new LessonStateException(state, refusal(state));
        }
    }

    String refusal(LessonState state) {
        if (this == SUBMIT && state == CHANGES_REQUESTED) {
            return "This lesson is back with its author for changes, so it is resubmitted rather than submitted.";
        }
        if (this == TAKE_BACK && state == DRAFT) {
            return "This lesson is already a draft.";
        }
        if (this == RESUBMIT && state == DRAFT) {
            return "This lesson has not been submitted yet, so it cannot be resubmitted.";
        }
        if (this == SUBMIT && state.isUnderReview()) {
            return SUBMITTED.already();
        }
        if (state == to) {
            return state.already();
        }
        int earliest = from.stream().mapToInt(LessonState::stage).min().orElseThrow();
        int latest = from.stream().mapToInt(LessonState::stage).max().orElseThrow();
        if (state.stage() > latest) {
            return state.situation() + ", so it can no longer be " + done + ".";
        }
        if (state.stage() < earliest) {
            return state.situation() + ", so it cannot be " + done + " yet.";
        }
        return state.situation() + ", so it cannot be " + done + ".";
    }
}
