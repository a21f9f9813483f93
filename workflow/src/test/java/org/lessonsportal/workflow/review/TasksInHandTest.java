package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The open task a person acts on is kept for the rest of its transaction, once, for its lesson and kind only. */
class TasksInHandTest {

    private final TasksInHand inHand = new TasksInHand();

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void theTaskHeldIsTakenOnceForItsLessonKindAndAssignee() {
        TransactionSynchronizationManager.initSynchronization();
        inHand.hold(7L, TaskKind.REVIEW, task("t1", "42"));

        assertThat(inHand.take(8L, TaskKind.REVIEW, "42")).as("another lesson").isEmpty();
        assertThat(inHand.take(7L, TaskKind.PUBLISH, null)).as("another kind").isEmpty();
        assertThat(inHand.take(7L, TaskKind.REVIEW, "43")).as("another reviewer's").isEmpty();
        assertThat(inHand.take(7L, TaskKind.REVIEW, "42")).contains("t1");
        assertThat(inHand.take(7L, TaskKind.REVIEW, "42")).as("once").isEmpty();
    }

    @Test
    void aPublishersTaskIsTakenWhoeverHoldsIt() {
        TransactionSynchronizationManager.initSynchronization();
        inHand.hold(7L, TaskKind.PUBLISH, task("t2", null));

        assertThat(inHand.take(7L, TaskKind.PUBLISH, null)).contains("t2");
    }

    @Test
    void nothingIsKeptOutsideATransactionNorAfterIt() {
        inHand.hold(7L, TaskKind.REVIEW, task("t1", "42"));
        assertThat(inHand.take(7L, TaskKind.REVIEW, "42")).as("outside a transaction").isEmpty();

        TransactionSynchronizationManager.initSynchronization();
        inHand.hold(7L, TaskKind.REVIEW, task("t1", "42"));
        endTransaction();
        TransactionSynchronizationManager.initSynchronization();
        assertThat(inHand.take(7L, TaskKind.REVIEW, "42")).as("in the next transaction").isEmpty();
    }

    @Test
    void anInnerTransactionHasItsOwn() {
        TransactionSynchronizationManager.initSynchronization();
        inHand.hold(7L, TaskKind.REVIEW, task("t1", "42"));
        var outer = TransactionSynchronizationManager.getSynchronizations();
        outer.forEach(TransactionSynchronization::suspend);

        assertThat(inHand.take(7L, TaskKind.REVIEW, "42")).as("while an inner transaction runs").isEmpty();

        outer.forEach(TransactionSynchronization::resume);
        assertThat(inHand.take(7L, TaskKind.REVIEW, "42")).contains("t1");
    }

    private static FoundTask task(String id, String assignee) {
        return new FoundTask(id, null, assignee, "process", "execution", null, null, null);
    }
}
