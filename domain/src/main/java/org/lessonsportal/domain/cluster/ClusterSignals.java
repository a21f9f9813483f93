package org.lessonsportal.domain.cluster;

import java.sql.DatabaseMetaData;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the other portal nodes on the same PostgreSQL database that something changed, with PostgreSQL's
 * {@code NOTIFY} on the channel {@value #CHANNEL}: inside the caller's transaction, so the other nodes hear of it only
 * once it commits, and never when it rolls back. They receive it as a {@link ClusterSignal} application event. The
 * payload is this node's id, a topic and an id, never personal data. This node is not told of its own signals: it
 * acts on its own changes in-process.
 * <p>
 * On H2 (one node, embedded) nothing is sent. A signal can be missed (a node's listening connection was down);
 * whoever keeps state another node may change also listens for {@link ClusterCatchUp}.
 */
@Component
public class ClusterSignals {

    /** The PostgreSQL channel the nodes listen on. */
    static final String CHANNEL = "lessons_portal";

    private static final Pattern TOPIC = Pattern.compile("[a-z][a-z-]{0,30}");
    private static final Pattern PAYLOAD = Pattern.compile("([0-9a-f]{32}) (" + TOPIC.pattern() + ") (\\d{1,19})");

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final String nodeId = UUID.randomUUID().toString().replace("-", "");
    private volatile Boolean postgres;

    ClusterSignals(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * Tells the other nodes, once the current transaction commits (at once without one), that {@code topic}'s
     * {@code id} changed.
     *
     * @param topic a few lower-case letters or hyphens ({@code notification})
     */
    public void send(String topic, long id) {
        if (!TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException("Not a topic: " + topic);
        }
        if (!shared()) {
            return;
        }
        String payload = nodeId + " " + topic + " " + id;
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.hasResource(dataSource)) {
            // a transaction that holds no connection of this data source: NOTIFY would not wait for its commit
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    notifyNow(payload);
                }
            });
        } else {
            notifyNow(payload);
        }
    }

    /** Whether the database is shared by several nodes: PostgreSQL, not the embedded H2. */
    public boolean shared() {
        Boolean known = postgres;
        if (known == null) {
            try {
                known = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                        DatabaseMetaData::getDatabaseProductName));
            } catch (MetaDataAccessException e) {
                throw new IllegalStateException("Could not tell which database the portal uses", e);
            }
            postgres = known;
        }
        return known;
    }

    private void notifyNow(String payload) {
        jdbc.query("select pg_notify(?, ?)", result -> null, CHANNEL, payload);
    }

    /** What a payload received on the channel says, unless this node sent it or it is not one of ours. */
    Optional<ClusterSignal> fromOtherNode(String payload) {
        Matcher matcher = PAYLOAD.matcher(payload == null ? "" : payload);
        if (!matcher.matches() || matcher.group(1).equals(nodeId)) {
            return Optional.empty();
        }
        return Optional.of(new ClusterSignal(matcher.group(2), Long.parseLong(matcher.group(3))));
    }

    /** This node's id, as its signals carry it. */
    String nodeId() {
        return nodeId;
    }
}
