package org.lessonsportal.workflow.review;

import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.lesson.AssignedReviewer;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonSummary;
import org.lessonsportal.domain.review.ReviewService;
import org.lessonsportal.domain.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * The reviewers of a lesson's current round, as the domain records them; the process asks for them instead of
 * keeping its own list ({@code ${currentReviewers.of(lessonId)}}, {@code ${currentReviewers.hasReviewed(…)}}).
 */
@Component("currentReviewers")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CurrentReviewers {

    /** The reviewer of a branch of the round that waits for a publisher to add one. */
    static final String OPEN_PLACE = "open-place";

    private final LessonService lessons;
    private final ReviewService reviews;

    /** The member ids (as strings, for task assignees) of the current round's reviewers, in the order assigned. */
    public List<String> of(Long lessonId) {
        LessonSummary lesson = lessons.summary(lessonId, Actor.SYSTEM);
        return lessons.reviewers(lessonId, Actor.SYSTEM).stream()
                .filter(a -> a.isActive() && a.round() == lesson.round())
                .map(AssignedReviewer::memberId).distinct().map(String::valueOf).toList();
    }

    /**
     * The round's branches ({@code ${currentReviewers.places(lessonId, openPlaces)}}): the current reviewers
     * ({@link #of}), then one {@link #OPEN_PLACE} per place no reviewer could be found for.
     */
    public List<String> places(Long lessonId, Integer openPlaces) {
        List<String> places = new ArrayList<>(of(lessonId));
        for (int i = 0; i < (openPlaces == null ? 0 : openPlaces); i++) {
            places.add(OPEN_PLACE);
        }
        return places;
    }

    /** Whether a branch of the round waits for a publisher to add its reviewer. */
    public boolean isOpenPlace(String reviewerId) {
        return OPEN_PLACE.equals(reviewerId);
    }

    /** Whether the reviewer has recorded their review of the current round. */
    public boolean hasReviewed(Long lessonId, String reviewerId) {
        return reviews.hasReviewedCurrentRound(lessonId, Long.valueOf(reviewerId));
    }
}
