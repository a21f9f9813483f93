package org.lessonsportal.domain.lesson;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A lesson's reviewer assignments, read from the database once per transaction. One step of a review checks the same
 * lesson several times (the service call, then the process's gateways and listeners in the same transaction), and
 * every check needs them. Writes go through here, so a transaction reads back what it wrote; a list is read again if
 * its rows are no longer managed (a bulk update cleared the persistence context), so a change to one is never lost.
 * Outside a transaction every call reads the database.
 */
@Component
@RequiredArgsConstructor
class ReviewerAssignments {

    private final ReviewerAssignmentRepository repository;
    private final EntityManager entityManager;

    /** The lesson's assignments, in the order of rounds, then as assigned. */
    List<ReviewerAssignment> forLesson(Long lessonId) {
        Map<Long, List<ReviewerAssignment>> read = readInThisTransaction();
        if (read == null) {
            return repository.findForLesson(lessonId);
        }
        List<ReviewerAssignment> known = read.get(lessonId);
        if (known == null || !known.stream().allMatch(entityManager::contains)) {
            known = List.copyOf(repository.findForLesson(lessonId));
            read.put(lessonId, known);
        }
        return known;
    }

    ReviewerAssignment save(ReviewerAssignment assignment) {
        forget(assignment.getLessonId());
        return repository.save(assignment);
    }

    /** See {@link ReviewerAssignmentRepository#markOpened}; what this transaction read is read again after it. */
    int markOpened(Long lessonId, int round, Long memberId, Instant now) {
        forget(lessonId);
        return repository.markOpened(lessonId, round, memberId, now);
    }

    List<Long> lessonIdsAssignedTo(Long memberId) {
        return repository.findLessonIdsAssignedTo(memberId);
    }

    private void forget(Long lessonId) {
        Map<Long, List<ReviewerAssignment>> read = readInThisTransaction();
        if (read != null) {
            read.remove(lessonId);
        }
    }

    /** What this transaction has read so far, or {@code null} outside a transaction. */
    @SuppressWarnings("unchecked")
    private Map<Long, List<ReviewerAssignment>> readInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Object bound = TransactionSynchronizationManager.getResource(this);
        if (bound != null) {
            return (Map<Long, List<ReviewerAssignment>>) bound;
        }
        Map<Long, List<ReviewerAssignment>> read = new HashMap<>();
        TransactionSynchronizationManager.bindResource(this, read);
        TransactionSynchronizationManager.registerSynchronization(new Bound(read));
        return read;
    }

    /** Keeps the map bound to its own transaction: set aside while an inner one runs, dropped at the end. */
    @RequiredArgsConstructor
    private final class Bound implements TransactionSynchronization {
        private final Map<Long, List<ReviewerAssignment>> read;

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(ReviewerAssignments.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(ReviewerAssignments.this, read);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(ReviewerAssignments.this);
        }
    }
}
