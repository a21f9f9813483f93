package org.lessonsportal.domain.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonSummary;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews as they are being written, saved as the reviewer types so that nothing is lost when a page is reloaded or
 * a session ends. A draft belongs to one reviewer and one round of one lesson; only that reviewer can read it (not the
 * author, other reviewers or publishers), and it goes when the review is sent ({@link ReviewService#recordReview}) or
 * the reviewer declares a competing interest.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReviewDraftService {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final ReviewDraftRepository drafts;
    private final LessonService lessons;
    private final Clock clock;

    /**
     * Saves the actor's draft of their review of the lesson's current round (replacing the one saved before). Only a
     * reviewer assigned to that round, while the lesson is in review. Texts over their limits are kept as typed.
     *
     * @return when it was saved
     */
    @Transactional
    public Instant save(Long lessonId, Actor reviewer, ReviewDraft draft) {
        LessonSummary lesson = lessons.require(lessonId, reviewer, Action.REVIEW);
        String json = write(new ReviewDraft(draft.hasCompetingInterests(), draft.competingInterestsDetails(),
                draft.decision(), draft.comment(), draft.sectionComments(), null));
        if (json.length() > ReviewDraftEntry.CONTENT_MAX) {
            throw new DomainException("Your review is too long to save. Shorten the comments marked as over their "
                    + "limits.");
        }
        Instant now = clock.instant();
        ReviewDraftEntry entry = drafts.findByLessonIdAndRoundAndReviewerId(lessonId, lesson.round(),
                reviewer.memberId()).orElseGet(() -> new ReviewDraftEntry(lessonId, lesson.round(),
                        reviewer.memberId()));
        entry.update(json, now);
        drafts.save(entry);
        return now;
    }

    /** The actor's own draft of their review of the lesson's current round, if they saved one. */
    public Optional<ReviewDraft> mine(Long lessonId, Actor reviewer) {
        if (reviewer.isSystem()) {
            return Optional.empty();
        }
        LessonDetails lesson = lessons.get(lessonId, reviewer);
        return drafts.findByLessonIdAndRoundAndReviewerId(lessonId, lesson.round(), reviewer.memberId())
                .map(entry -> {
                    ReviewDraft read = read(entry.content());
                    return new ReviewDraft(read.hasCompetingInterests(), read.competingInterestsDetails(),
                            read.decision(), read.comment(), read.sectionComments(), entry.savedAt());
                });
    }

    /** Removes the reviewer's draft of the round: their review was sent, or handed back. */
    @Transactional
    public void discard(Long lessonId, int round, Long reviewerId) {
        drafts.deleteDraft(lessonId, round, reviewerId);
    }

    private static String write(ReviewDraft draft) {
        try {
            return JSON.writeValueAsString(draft);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not save the review as written", e);
        }
    }

    private static ReviewDraft read(String json) {
        try {
            return JSON.readValue(json, ReviewDraft.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A saved review draft could not be read", e);
        }
    }
}
