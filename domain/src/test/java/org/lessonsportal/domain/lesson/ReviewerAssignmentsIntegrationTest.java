package org.lessonsportal.domain.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.testsupport.LessonTestCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A lesson's reviewer assignments are read once per transaction, and what the transaction changes is never hidden by
 * that: its own new assignments, a bulk update, a cleared persistence context, and an inner transaction of its own.
 */
@SpringBootTest
class ReviewerAssignmentsIntegrationTest extends LessonTestCase {

    @Autowired
    private ReviewerAssignments assignments;

    @Autowired
    private EntityManager entityManager;

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void aTransactionReadsThemOnceAndSeesWhatItAdds() {
        Long lessonId = data.submitted(cast.author()).id();
        inTransaction(() -> {
            List<ReviewerAssignment> first = assignments.forLesson(lessonId);
            assertThat(first).isEmpty();
            assertThat(assignments.forLesson(lessonId)).isSameAs(first);

            lessons.assignReviewer(lessonId, cast.reviewer().memberId(), Actor.SYSTEM);
            List<ReviewerAssignment> after = assignments.forLesson(lessonId);
            assertThat(after).extracting(ReviewerAssignment::memberId).containsExactly(cast.reviewer().memberId());
            assertThat(assignments.forLesson(lessonId)).isSameAs(after);
        });
    }

    @Test
    void aBulkUpdateIsReadBack() {
        Long lessonId = data.submitted(cast.author()).id();
        lessons.assignReviewer(lessonId, cast.reviewer().memberId(), Actor.SYSTEM);
        inTransaction(() -> {
            assertThat(assignments.forLesson(lessonId)).allMatch(a -> !a.isOpened());
            assertThat(assignments.markOpened(lessonId, 1, cast.reviewer().memberId(), Instant.now())).isEqualTo(1);
            assertThat(assignments.forLesson(lessonId)).allMatch(ReviewerAssignment::isOpened);
        });
    }

    @Test
    void aChangeAfterThePersistenceContextWasClearedIsKept() {
        Long lessonId = data.submitted(cast.author()).id();
        lessons.assignReviewer(lessonId, cast.reviewer().memberId(), Actor.SYSTEM);
        inTransaction(() -> {
            assignments.forLesson(lessonId);
            entityManager.clear();
            assignments.forLesson(lessonId).get(0).release(cast.publisher().memberId(), "Away", Instant.now());
        });
        assertThat(lessons.reviewers(lessonId, Actor.SYSTEM)).singleElement()
                .satisfies(a -> assertThat(a.isActive()).isFalse());
    }

    @Test
    void anInnerTransactionReadsItsOwn() {
        Long lessonId = data.submitted(cast.author()).id();
        inTransaction(() -> {
            assertThat(assignments.forLesson(lessonId)).isEmpty();
            TransactionTemplate inner = new TransactionTemplate(transactions);
            inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            inner.executeWithoutResult(status -> {
                lessons.assignReviewer(lessonId, cast.reviewer().memberId(), Actor.SYSTEM);
                assertThat(assignments.forLesson(lessonId)).hasSize(1);
            });
            // the outer transaction keeps what it read (and its persistence context) after the inner one ends
            assertThat(assignments.forLesson(lessonId)).isEmpty();
        });
        inTransaction(() -> assertThat(assignments.forLesson(lessonId)).hasSize(1));
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }
}
