package org.lessonsportal.workflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RepeatedCheckTest {

    private static final Duration OFTEN = Duration.ofMillis(20);

    @Test
    void aRunThatFailsDoesNotEndTheRepetition() {
        AtomicInteger runs = new AtomicInteger();
        RepeatedCheck check = new RepeatedCheck("count", "test-check-", () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("the database is away");
        });
        try {
            check.start(Duration.ZERO, OFTEN);
            await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() >= 3);
        } finally {
            check.stop();
        }
    }

    @Test
    void stoppedItRunsNoMoreAndStartingTwiceRunsOneRepetition() throws InterruptedException {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        AtomicInteger runs = new AtomicInteger();
        RepeatedCheck check = new RepeatedCheck("count", "test-check-", () -> {
            threads.add(Thread.currentThread());
            runs.incrementAndGet();
        });
        check.start(Duration.ZERO, OFTEN);
        check.start(Duration.ZERO, OFTEN);
        await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() >= 4);
        check.stop();
        assertThat(check.running()).isFalse();
        Thread.sleep(100);
        int afterStop = runs.get();
        Thread.sleep(200);

        assertThat(runs.get()).isEqualTo(afterStop);
        assertThat(threads).hasSize(1);
    }
}
