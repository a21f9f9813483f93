package org.lessonsportal.workflow.shared;

import jakarta.annotation.PreDestroy;
import javax.sql.DataSource;
import org.lessonsportal.domain.cluster.ClusterSignals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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

    private static final Logger log = LoggerFactory.getLogger(LeftOverAfterCommitWork.class);
    /** The advisory lock's key: "LPAFTERC" in ASCII, which no other lock of the portal's uses. */
    static final long LOCK_KEY = 0x4C50414654455243L;

    private final IncompleteEventPublications incomplete;
    private final AfterCommitSettings settings;
    private final ClusterSignals cluster;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private ThreadPoolTaskScheduler scheduler;

    LeftOverAfterCommitWork(IncompleteEventPublications incomplete, AfterCommitSettings settings,
            ClusterSignals cluster, DataSource dataSource, PlatformTransactionManager transactions) {
        this.incomplete = incomplete;
        this.settings = settings;
        this.cluster = cluster;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void startChecking() {
        if (scheduler != null) {
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("left-over-work-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::checkSafely, settings.checkInterval());
    }

    @PreDestroy
    synchronized void stopChecking() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    private void checkSafely() {
        try {
            runLeftOver();
        } catch (RuntimeException e) {
            log.warn("Could not look for work after a commit left unfinished; trying again in {}",
                    settings.checkInterval(), e);
        }
    }

    /**
     * Runs the work of the records older than {@code retry-after}, unless another node is doing that now.
     *
     * @return whether this node looked (false: another node holds the lock)
     */
    public boolean runLeftOver() {
        if (!cluster.shared()) {
            incomplete.resubmitIncompletePublicationsOlderThan(settings.retryAfter());
            return true;
        }
        Boolean looked = transaction.execute(status -> {
            Boolean locked = jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK_KEY);
            if (!Boolean.TRUE.equals(locked)) {
                return false;
            }
            incomplete.resubmitIncompletePublicationsOlderThan(settings.retryAfter());
            return true;
        });
        return Boolean.TRUE.equals(looked);
    }
}
