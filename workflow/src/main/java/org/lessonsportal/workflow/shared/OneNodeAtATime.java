package org.lessonsportal.workflow.shared;

import javax.sql.DataSource;
import org.lessonsportal.domain.cluster.ClusterSignals;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Periodic work that one node at a time does. With several nodes on one PostgreSQL database the work runs in a
 * transaction holding a transaction-level advisory lock ({@code pg_try_advisory_xact_lock}); a node that finds
 * another holding it does nothing this time rather than wait. On H2 (one node) the work simply runs. The repetition
 * itself is a {@link RepeatedCheck}.
 */
@Component
public class OneNodeAtATime {

    private final ClusterSignals cluster;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    OneNodeAtATime(ClusterSignals cluster, DataSource dataSource, PlatformTransactionManager transactions) {
        this.cluster = cluster;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Runs the work unless another node is running work under the same key now.
     *
     * @param lockKey the advisory lock's key, one per kind of work
     * @return whether this node did it (false: another node holds the lock)
     */
    public boolean run(long lockKey, Runnable work) {
        if (!cluster.shared()) {
            work.run();
            return true;
        }
        Boolean done = transaction.execute(status -> {
            Boolean locked = jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, lockKey);
            if (!Boolean.TRUE.equals(locked)) {
                return false;
            }
            work.run();
            return true;
        });
        return Boolean.TRUE.equals(done);
    }
}
