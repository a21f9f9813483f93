package org.lessonsportal.workflow.review;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The open task a person acts on, found by {@link TaskGuard} at the start of the action's transaction, kept for the
 * rest of that transaction: when the domain's event of the same step reaches {@link LessonEventsListener}, it
 * completes this task instead of looking for the review process and its waiting task again (two queries of the
 * engine's tables a step; docs/adr/0067). One use per task; an inner {@code REQUIRES_NEW} transaction has its own;
 * outside a transaction nothing is kept.
 */
@Component
class TasksInHand {

    /** A task in hand, by its lesson and kind. */
    private record Key(Long lessonId, TaskKind kind) {
    }

    /** Keeps the open task for the rest of this transaction. */
    void hold(Long lessonId, TaskKind kind, FoundTask task) {
        Map<Key, FoundTask> held = heldInThisTransaction(true);
        if (held != null && lessonId != null) {
            held.put(new Key(lessonId, kind), task);
        }
    }

    /**
     * The id of the task of that kind this transaction holds for the lesson, if its assignee is the one given (any
     * when {@code null}); it is no longer held after.
     */
    Optional<String> take(Long lessonId, TaskKind kind, String assignee) {
        Map<Key, FoundTask> held = heldInThisTransaction(false);
        if (held == null) {
            return Optional.empty();
        }
        FoundTask task = held.get(new Key(lessonId, kind));
        if (task == null || (assignee != null && !Objects.equals(assignee, task.assignee()))) {
            return Optional.empty();
        }
        held.remove(new Key(lessonId, kind));
        return Optional.of(task.id());
    }

    /** What this transaction holds, or {@code null} outside a transaction (or when nothing is and none is made). */
    @SuppressWarnings("unchecked")
    private Map<Key, FoundTask> heldInThisTransaction(boolean make) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Object bound = TransactionSynchronizationManager.getResource(this);
        if (bound != null || !make) {
            return (Map<Key, FoundTask>) bound;
        }
        Map<Key, FoundTask> held = new HashMap<>();
        TransactionSynchronizationManager.bindResource(this, held);
        TransactionSynchronizationManager.registerSynchronization(new Bound(held));
        return held;
    }

    /** Keeps the map bound to its own transaction: set aside while an inner one runs, dropped at the end. */
    @RequiredArgsConstructor
    private final class Bound implements TransactionSynchronization {
        private final Map<Key, FoundTask> held;

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(TasksInHand.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(TasksInHand.this, held);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(TasksInHand.this);
        }
    }
}
