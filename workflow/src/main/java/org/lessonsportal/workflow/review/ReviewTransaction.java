package org.lessonsportal.workflow.review;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.lessonsportal.domain.shared.ConcurrentEditException;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one transaction each task query or action of {@link ReviewTasks} runs in, lesson and process together (the
 * engine shares the application's transaction manager and data source). Kept apart so every part of the facade turns
 * the engine's refusals into the same plain-English ones.
 */
@Component
class ReviewTransaction {

    private final TransactionTemplate transaction;

    ReviewTransaction(PlatformTransactionManager transactionManager) {
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Runs the work in a transaction (joining the caller's, if any) and turns the engine's refusals into
     * plain-English ones.
     */
    <T> T run(Supplier<T> work) {
        try {
            return transaction.execute(status -> work.get());
        } catch (org.camunda.bpm.engine.OptimisticLockingException | OptimisticLockingFailureException e) {
            throw new ConcurrentEditException(ConcurrentEditException.ACTION_MESSAGE, e);
        } catch (org.camunda.bpm.engine.exception.NullValueException
                | org.camunda.bpm.engine.exception.NotFoundException e) {
            throw new NotFoundException(ReviewTasks.TASK_GONE);
        } catch (ProcessEngineException e) {
            if (e.getCause() instanceof DomainException domain) {
                throw domain;
            }
            throw e;
        }
    }

    /** {@link #run(Supplier)} for work without a result. */
    void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }
}
