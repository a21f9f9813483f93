package org.lessonsportal.domain.search;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * With OpenSearch, the one index of every node is made (or checked against the mapping) once per start, before the
 * node serves anything, by one node at a time: a transaction-level PostgreSQL advisory lock ({@value #LOCK_KEY}).
 * Hibernate Search's own schema management is off for OpenSearch ({@link SearchConfiguration}) because it has no
 * such lock: two nodes starting together on a cluster without the index both found none, both asked OpenSearch to
 * make it, and the second failed to start ({@code resource_already_exists_exception}). With Lucene each node's index
 * is its own and Hibernate Search keeps managing it. On H2 (one node) there is no lock. docs/adr/0064.
 * <p>
 * When OpenSearch cannot be reached, the node starts all the same (searches say search is unavailable meanwhile):
 * the index is made or checked again every {@link #RETRY_DELAY} in the background until it is, and then the index
 * is filled if it needs to be ({@link SearchIndexStartup#indexIfNotYetChecked()}). docs/adr/0062.
 */
@Component
class OpenSearchIndexOnce implements SmartInitializingSingleton, DisposableBean {

    /** The advisory lock's key: "LPOSINDX" in ASCII, which no other lock of the portal's uses. */
    static final long LOCK_KEY = 0x4C504F53494E4458L;

    /** How long to wait before trying again to make or check the index when OpenSearch could not be reached. */
    static final Duration RETRY_DELAY = Duration.ofSeconds(15);

    private static final Logger log = LoggerFactory.getLogger(OpenSearchIndexOnce.class);

    private final SearchSettings settings;
    private final EntityManagerFactory entityManagerFactory;
    private final DataSource dataSource;
    private final SearchIndexStartup indexStartup;
    private ScheduledExecutorService retries;

    OpenSearchIndexOnce(SearchSettings settings, EntityManagerFactory entityManagerFactory, DataSource dataSource,
            SearchIndexStartup indexStartup) {
        this.settings = settings;
        this.entityManagerFactory = entityManagerFactory;
        this.dataSource = dataSource;
        this.indexStartup = indexStartup;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (settings.engine() != SearchSettings.Engine.OPENSEARCH) {
            return;
        }
        if (!tryToMakeOrCheck()) {
            retries = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "search-index-retry");
                thread.setDaemon(true);
                return thread;
            });
            retries.schedule(this::retry, RETRY_DELAY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void retry() {
        try {
            if (tryToMakeOrCheck()) {
                log.info("The search index on OpenSearch is made or checked; search is available");
                indexStartup.indexIfNotYetChecked();
                retries.shutdown();
            } else {
                retries.schedule(this::retry, RETRY_DELAY.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (RuntimeException e) {
            log.error("Making the search index on OpenSearch failed; it is not tried again", e);
            retries.shutdown();
        }
    }

    /** Makes or checks the index; {@code false} when OpenSearch could not be reached. */
    private boolean tryToMakeOrCheck() {
        try {
            makeOrCheck();
            return true;
        } catch (RuntimeException e) {
            if (!unreachable(e)) {
                throw e;
            }
            log.warn("OpenSearch at {} could not be reached ({}), so the search index was not made or checked; "
                    + "search is unavailable until it is, tried again every {} s", settings.opensearchUris().strip(),
                    e.getMessage(), RETRY_DELAY.toSeconds());
            return false;
        }
    }

    private void makeOrCheck() {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                if (postgres) {
                    long waiting = System.nanoTime();
                    try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                        lock.setLong(1, LOCK_KEY);
                        lock.execute();
                    }
                    log.debug("Waited {} ms for the search index lock", (System.nanoTime() - waiting) / 1_000_000);
                }
                Search.mapping(entityManagerFactory).scope(Object.class).schemaManager().createOrValidate();
            } finally {
                // ends the transaction, and with it the lock
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the lock to make the search index on OpenSearch", e);
        }
    }

    /**
     * Whether a failure came from not reaching OpenSearch (refused, unresolved, timed out), not from its answer: an
     * {@link IOException} or {@link TimeoutException} among its causes, or among the failures Hibernate Search adds
     * to it as suppressed (its schema management reports each index's failure so).
     */
    static boolean unreachable(Throwable failure) {
        return unreachable(failure, 0);
    }

    private static boolean unreachable(Throwable failure, int depth) {
        if (failure == null || depth > 20) {
            return false;
        }
        if (failure instanceof IOException || failure instanceof TimeoutException) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (unreachable(suppressed, depth + 1)) {
                return true;
            }
        }
        return failure.getCause() != failure && unreachable(failure.getCause(), depth + 1);
    }

    @Override
    public void destroy() {
        if (retries != null) {
            retries.shutdownNow();
        }
    }
}
