package org.lessonsportal.workflow.shared;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * A check that runs again and again on a daemon thread of its own: first {@code firstAfter} from {@link #start}, then
 * every {@code interval} after the previous run ended, until {@link #stop}. A run that fails is logged with what it
 * was doing and when it will be tried again; it never ends the repetition.
 */
public final class RepeatedCheck {

    private static final Logger log = LoggerFactory.getLogger(RepeatedCheck.class);

    private final String what;
    private final String threadNamePrefix;
    private final Runnable check;
    private Duration interval;
    private ThreadPoolTaskScheduler scheduler;

    /**
     * @param what what the check does, for the log, for example "look for reviews due a reminder"
     * @param threadNamePrefix its thread's name prefix
     * @param check the work of one run
     */
    public RepeatedCheck(String what, String threadNamePrefix, Runnable check) {
        this.what = what;
        this.threadNamePrefix = threadNamePrefix;
        this.check = check;
    }

    /** Starts the repetition; does nothing if it is running already. */
    public synchronized void start(Duration firstAfter, Duration interval) {
        if (scheduler != null) {
            return;
        }
        this.interval = interval;
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix(threadNamePrefix);
        scheduler.setDaemon(true);
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::runSafely, Instant.now().plus(firstAfter), interval);
    }

    /** Stops the repetition; a run under way is interrupted. Does nothing if it is not running. */
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    /** Whether it is running (started and not stopped). */
    public synchronized boolean running() {
        return scheduler != null;
    }

    private void runSafely() {
        try {
            check.run();
        } catch (RuntimeException e) {
            log.warn("Could not {}; trying again in {}", what, interval, e);
        }
    }
}
