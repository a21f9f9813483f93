package org.lessonsportal.workflow.shared;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * One background thread with a long queue, for work that must not hold up the code that asks for it (e-mails,
 * telling followers). On shutdown it finishes what is queued, for up to 10 seconds.
 */
public final class BackgroundThread {

    private BackgroundThread() {
    }

    /** A started executor whose thread's name begins with {@code namePrefix}. */
    public static ThreadPoolTaskExecutor named(String namePrefix) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix(namePrefix);
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(10_000);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        executor.initialize();
        return executor;
    }
}
