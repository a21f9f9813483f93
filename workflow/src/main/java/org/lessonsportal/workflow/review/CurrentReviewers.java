package org.lessonsportal.workflow.review;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.lesson.AssignedReviewer;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
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

    private final LessonService lessons;
    private final ReviewService reviews;

    /** The member ids (as strings, for task assignees) of the current round's reviewers, in the order assigned. */
    public List<String> of(Long lessonId) {
        LessonDetails lesson = lessons.get(lessonId, Actor.SYSTEM);
        return lessons.reviewers(lessonId, Actor.SYSTEM).stream()
                .filter(a -> a.isActive() && a.round() == lesson.round())
                .map(AssignedReviewer::memberId).distinct().map(String::valueOf).toList();
    }

    /** Whether the reviewer has recorded their review of the current round. */
    public boolean hasReviewed(Long lessonId, String reviewerId) {
        LessonDetails lesson = lessons.get(lessonId, Actor.SYSTEM);
        Long reviewer = Long.valueOf(reviewerId);
        return reviews.reviewsOf(lessonId, Actor.SYSTEM, lesson.round()).stream()
                .anyMatch(r -> r.reviewerId().equals(reviewer));
    }
}
