package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What publishers read when a round has fewer reviewers than it needs. */
class ReviewerShortfallTest {

    @Test
    void theSummarySaysWhatIsMissingAndWhoIsReviewing() {
        assertThat(new ReviewerShortfall(2, List.of(), List.of(), 0, null).summary())
                .isEqualTo("None of the 2 reviewers this lesson needs could be found automatically.");
        ReviewerShortfall one = new ReviewerShortfall(3, List.of("Bob Reviewer", "Carol Reviewer"), List.of(), 0,
                null);
        assertThat(one.missing()).isEqualTo(1);
        assertThat(one.summary()).isEqualTo("Only 2 of the 3 reviewers this lesson needs could be found "
                + "automatically. Reviewing it: Bob Reviewer, Carol Reviewer.");
        assertThat(new ReviewerShortfall(1, List.of("Bob Reviewer"), List.of(), 0, null).summary())
                .isEqualTo("This lesson has the 1 reviewer it needs.");
    }

    @Test
    void itSaysWhetherPeopleWhoNeverSignedInCouldBeFound() {
        assertThat(new ReviewerShortfall(2, List.of(), List.of(), 0, null).whoIsKnown())
                .startsWith("The portal only knows reviewers who have signed in at least once");
        assertThat(new ReviewerShortfall(2, List.of(), List.of(), 0, Instant.parse("2026-12-02T09:00:00Z"))
                .whoIsKnown()).isEqualTo("Reviewers who have never signed in count too: the portal read everyone "
                        + "in the identity provider's organisations on 2 December 2026.");
    }
}
