package org.lessonsportal.workflow.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Work that follows a commit (telling followers, sending e-mails) is an {@code @Async(AfterCommitWork.EXECUTOR)}
 * {@code @TransactionalEventListener} method. Spring Modulith's event publication registry records each such event
 * and listener in the committing transaction (table {@code event_publication}), deletes the record when the listener
 * has returned, and runs what is left over again when the portal starts
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}): work not yet done when the portal stopped
 * is not lost. A listener that throws leaves its record for the next start; ours log their failures instead. See
 * ADR 42.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
public class AfterCommitWork {

    /** The executor's bean name, for {@code @Async}. */
    public static final String EXECUTOR = "afterCommitExecutor";

    /**
     * Two threads with a long queue: matching many saved searches or a slow mail server never holds up the code that
     * committed. On shutdown it finishes what is queued for up to 10 seconds; the rest is done at the next start.
     */
    @Bean(EXECUTOR)
    ThreadPoolTaskExecutor afterCommitExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("after-commit-");
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(10_000);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }
}
