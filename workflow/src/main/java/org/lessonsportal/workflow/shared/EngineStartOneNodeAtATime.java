package org.lessonsportal.workflow.shared;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Nodes starting together on one PostgreSQL database build their process engines one at a time: the engine's schema
 * work ({@code camunda.bpm.database.schema-update: true} creates the {@code ACT_*} tables in an empty database and
 * upgrades them after a Camunda upgrade) and its start-up writes are done by one node, and the next node finds them
 * done. Two nodes doing them at once both see no tables and both create them, and one fails to start.
 * <p>
 * A transaction-level PostgreSQL advisory lock ({@value #LOCK_KEY}), on a connection held from the first plugin
 * hook to the engine built (or the start failed), serialises the builds; Flyway's own lock has already serialised the
 * portal's migrations. The lock goes with the transaction: a node that dies while holding it releases it. On H2 (one
 * node) nothing is locked (docs/adr/0061).
 */
@Component
@RequiredArgsConstructor
class EngineStartOneNodeAtATime extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EngineStartOneNodeAtATime.class);
    /** The advisory lock's key: "LPCAMUND" in ASCII, which no other lock of the portal's uses. */
    static final long LOCK_KEY = 0x4C5043414D554E44L;

    private final DataSource dataSource;
    private Connection holding;

    @Override
    public synchronized void preInit(ProcessEngineConfigurationImpl configuration) {
        try {
            Connection connection = dataSource.getConnection();
            try {
                if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                    connection.close();
                    return;
                }
                connection.setAutoCommit(false);
                long started = System.nanoTime();
                try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, LOCK_KEY);
                    lock.execute();
                }
                long waited = (System.nanoTime() - started) / 1_000_000;
                if (waited >= 100) {
                    log.info("Waited {} ms for another node to finish starting its process engine", waited);
                }
                holding = connection;
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the lock that lets one node at a time start its process "
                    + "engine", e);
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        release();
    }

    /** Also when the engine failed to build and the application stops. */
    @PreDestroy
    synchronized void release() {
        if (holding == null) {
            return;
        }
        try (Connection connection = holding) {
            holding = null;
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            log.warn("Could not release the process engine's start-up lock; it goes with its connection", e);
        }
    }
}
