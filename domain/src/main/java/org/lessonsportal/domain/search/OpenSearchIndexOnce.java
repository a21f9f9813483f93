package org.lessonsportal.domain.search;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import lombok.RequiredArgsConstructor;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * With OpenSearch, the one index of every node is made (or checked against the mapping) once per start, before the
 * node serves anything, by one node at a time: a transaction-level PostgreSQL advisory lock ({@value #LOCK_KEY}).
 * Hibernate Search's own schema management is off for OpenSearch ({@link SearchConfiguration}) because it has no
 * such lock: two nodes starting together on a cluster without the index both found none, both asked OpenSearch to
 * make it, and the second failed to start ({@code resource_already_exists_exception}). With Lucene each node's index
 * is its own and Hibernate Search keeps managing it. On H2 (one node) there is no lock. docs/adr/0064.
 */
@Component
@RequiredArgsConstructor
class OpenSearchIndexOnce implements SmartInitializingSingleton {

    /** The advisory lock's key: "LPOSINDX" in ASCII, which no other lock of the portal's uses. */
    static final long LOCK_KEY = 0x4C504F53494E4458L;

    private static final Logger log = LoggerFactory.getLogger(OpenSearchIndexOnce.class);

    private final SearchSettings settings;
    private final EntityManagerFactory entityManagerFactory;
    private final DataSource dataSource;

    @Override
    public void afterSingletonsInstantiated() {
        if (settings.engine() != SearchSettings.Engine.OPENSEARCH) {
            return;
        }
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
}
