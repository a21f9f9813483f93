package org.lessonsportal.workflow.shared;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Does again the work after a commit (telling followers, sending e-mails; {@link AfterCommitWork}) whose record is
 * still there {@code lessons.after-commit.retry-after} after it was made: the node doing it stopped or died first.
 * Once the portal is ready and then every {@code lessons.after-commit.check-interval}, on a thread of its own.
 * <p>
 * With several nodes on one PostgreSQL database, one node at a time does this (a transaction-level advisory lock
 * that the others do not wait for), and only for records old enough that no live node is still working on them:
 * Spring Modulith's own "everything left over, at every start" would run work another node is doing at that moment a
 * second time (docs/adr/0063). Records are deleted when their work is done, so what is run again is what was not done.
 */
@Component
@EnableConfigurationProperties(AfterCommitSettings.class)
public class LeftOverAfterCommitWork {

    /** The advisory lock's key: "LPAFTERC" in ASCII, which no other lock of the portal's uses. */
    static final long LOCK_KEY = 0x4C50414654455243L;

    private final IncompleteEventPublications incomplete;
    private final AfterCommitSettings settings;
    private final OneNodeAtATime oneNode;
    private final RepeatedCheck checking;

    LeftOverAfterCommitWork(IncompleteEventPublications incomplete, AfterCommitSettings settings,
            OneNodeAtATime oneNode) {
        this.incomplete = incomplete;
        this.settings = settings;
        this.oneNode = oneNode;
        this.checking = new RepeatedCheck("look for work after a commit left unfinished", "left-over-work-",
                this::runLeftOver);
    }

    @EventListener(ApplicationReadyEvent.class)
    void startChecking() {
        checking.start(Duration.ZERO, settings.checkInterval());
    }

    @PreDestroy
    void stopChecking() {
        checking.stop();
    }

    /**
     * Runs the work of the records older than {@code retry-after}, unless another node is doing that now.
     *
     * @return whether this node looked (false: another node holds the lock)
     */
    public boolean runLeftOver() {
        return oneNode.run(LOCK_KEY, () -> incomplete.resubmitIncompletePublicationsOlderThan(settings.retryAfter()));
    }
}
