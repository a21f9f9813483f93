package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.taxonomy.ProjectType;

/** The order in which eligible reviewers are proposed. */
class ReviewerSelectionTest {

    @Test
    void expertiseFirstThenFewestOpenReviewsThenName() {
        EligibleReviewer busyExpert = reviewer(1L, "Zoe", true, 3);
        EligibleReviewer idleExpert = reviewer(2L, "Yan", true, 0);
        EligibleReviewer idle = reviewer(3L, "Adam", false, 0);
        EligibleReviewer busy = reviewer(4L, "Abby", false, 5);
        EligibleReviewer idleTwin = reviewer(5L, "adam", false, 0);

        assertThat(ReviewerSelection.rank(List.of(busy, idle, busyExpert, idleTwin, idleExpert)))
                .containsExactly(idleExpert, busyExpert, idle, idleTwin, busy);
    }

    private static EligibleReviewer reviewer(Long id, String name, boolean expert, long open) {
        return new EligibleReviewer(id, name, 10L, "Trust", expert ? Set.of(ProjectType.ELECTRONIC_PATIENT_RECORD)
                : Set.of(), expert, open);
    }
}
