package org.lessonsportal.domain.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import lombok.RequiredArgsConstructor;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on PostgreSQL's channel {@value ClusterSignals#CHANNEL} with a connection of its own (not one of the pool's),
 * on a thread of its own, and publishes what other nodes signal as {@link ClusterSignal} events. When the connection
 * drops it says so in the log, tries again (after 1 s, then longer, up to 30 s) and, once listening again, publishes
 * {@link ClusterCatchUp} for whatever was missed meanwhile; it also publishes one when it first listens and every
 * {@code lessons.cluster.check-interval}. Does nothing on H2.
 */
@Component
@RequiredArgsConstructor
class ClusterListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterListener.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);
    /** How long to wait for a signal before checking the connection is still alive. */
    private static final int WAKE_MILLIS = 10_000;
    /** What the listening connection is called in {@code pg_stat_activity}, followed by the node's id. */
    static final String APPLICATION_NAME = "lessons-portal listener ";

    private final ClusterSignals signals;
    private final DataSourceProperties database;
    private final ApplicationEventPublisher events;
    private final ClusterSettings settings;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    @Override
    public synchronized void start() {
        if (running || !signals.shared()) {
            return;
        }
        running = true;
        thread = new Thread(this::listen, "portal-cluster-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        Connection listening = connection;
        if (listening != null) {
            try {
                // at once, even while the thread waits on it
                listening.abort(Runnable::run);
            } catch (SQLException e) {
                closeQuietly(listening);
            }
        }
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        Duration retry = FIRST_RETRY;
        boolean dropped = false;
        while (running) {
            try (Connection listening = connect()) {
                connection = listening;
                if (dropped) {
                    log.info("Listening again for changes made on other portal nodes; catching up with what was "
                            + "missed");
                } else {
                    log.info("Listening for changes made on other portal nodes (PostgreSQL channel {}, node {})",
                            ClusterSignals.CHANNEL, signals.nodeId());
                }
                retry = FIRST_RETRY;
                catchUp();
                receive(listening);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                log.warn("{} the connection that hears of changes made on other portal nodes ({}); trying again "
                        + "in {} s. Until then this node's people are not told at once of notifications made on "
                        + "other nodes, and search vocabulary changes reach this node when it is back",
                        connection == null ? "Could not open" : "Lost", e.getMessage(), retry.toSeconds());
                dropped = true;
                if (!pause(retry)) {
                    break;
                }
                retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
            } finally {
                connection = null;
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (database.determineUsername() != null) {
            properties.setProperty("user", database.determineUsername());
        }
        if (database.determinePassword() != null) {
            properties.setProperty("password", database.determinePassword());
        }
        properties.setProperty("ApplicationName", APPLICATION_NAME + signals.nodeId());
        // a connection that died without a word is noticed at the next check rather than never
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("socketTimeout", "30");
        Connection opened = DriverManager.getConnection(database.determineUrl(), properties);
        try (Statement statement = opened.createStatement()) {
            statement.execute("listen " + ClusterSignals.CHANNEL);
        } catch (SQLException e) {
            closeQuietly(opened);
            throw e;
        }
        return opened;
    }

    private void receive(Connection listening) throws SQLException {
        PGConnection pg = listening.unwrap(PGConnection.class);
        long checkMillis = settings.checkInterval().toMillis();
        long lastCheck = System.currentTimeMillis();
        while (running) {
            PGNotification[] received = pg.getNotifications((int) Math.min(WAKE_MILLIS, checkMillis));
            if (received != null && received.length > 0) {
                for (PGNotification notification : received) {
                    signals.fromOtherNode(notification.getParameter()).ifPresent(this::publish);
                }
            } else {
                // nothing for a while: make sure the connection is still there
                try (Statement statement = listening.createStatement()) {
                    statement.execute("select 1");
                }
            }
            if (System.currentTimeMillis() - lastCheck >= checkMillis) {
                lastCheck = System.currentTimeMillis();
                catchUp();
            }
        }
    }

    private void publish(Object event) {
        try {
            events.publishEvent(event);
        } catch (RuntimeException e) {
            log.warn("Could not act on a change made on another portal node ({})", event, e);
        }
    }

    private void catchUp() {
        publish(new ClusterCatchUp());
    }

    private boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // closing anyway
        }
    }
}
