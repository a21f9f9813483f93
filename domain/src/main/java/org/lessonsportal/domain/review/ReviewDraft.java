package org.lessonsportal.domain.review;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A review as its reviewer is writing it, saved as they type: every answer so far, kept exactly as typed (a text over
 * its limit too: sending refuses it with a message by the field). Seen only by its reviewer, until the review is sent.
 *
 * @param hasCompetingInterests     their answer to the competing-interests question, or {@code null} before answering
 * @param competingInterestsDetails what the competing interest is
 * @param decision                  the recommendation chosen so far, or {@code null}
 * @param comment                   the overall comment for the author
 * @param sectionComments           comments by section key ({@code LessonFields.SECTIONS}), in form order
 * @param savedAt                   when it was last saved ({@code null} in what the UI sends)
 */
public record ReviewDraft(Boolean hasCompetingInterests, String competingInterestsDetails, ReviewDecision decision,
        String comment, Map<String, String> sectionComments, Instant savedAt) {

    public ReviewDraft {
        sectionComments = sectionComments == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(sectionComments));
    }

    /** Whether there is nothing in it worth keeping. */
    @JsonIgnore
    public boolean isEmpty() {
        return hasCompetingInterests == null && blank(competingInterestsDetails) && decision == null
                && blank(comment) && sectionComments.values().stream().allMatch(ReviewDraft::blank);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
