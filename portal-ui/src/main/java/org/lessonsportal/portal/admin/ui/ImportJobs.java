package org.lessonsportal.portal.admin.ui;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs imports (and search index rebuilds) away from the request that started them, so the page can show progress
 * (pushed to the browser) while the lessons are stored. The job runs as the administrator who started it.
 */
@Component
class ImportJobs {

    private final AtomicInteger count = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "lessons-import-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    Future<?> run(Authentication as, Runnable job) {
        return executor.submit(() -> {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(as);
            SecurityContextHolder.setContext(context);
            try {
                job.run();
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }
}
