package org.lessonsportal.domain.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.context.ApplicationContext;

/** For tests that run several nodes: a node's listening connection, as PostgreSQL sees it. */
public final class ClusterNodes {

    private ClusterNodes() {
    }

    /** The {@code application_name} of the node's listening connection. */
    public static String listenerName(ApplicationContext node) {
        return ClusterListener.APPLICATION_NAME + node.getBean(ClusterSignals.class).nodeId();
    }

    /** Stops the node's listening, as if its connection were down: what other nodes signal meanwhile is missed. */
    public static void stopListening(ApplicationContext node) {
        node.getBean(ClusterListener.class).stop();
    }

    /** Starts the node's listening again. */
    public static void startListening(ApplicationContext node) {
        node.getBean(ClusterListener.class).start();
    }

    /** Ends the node's listening connection from the database's side, as a network failure or a restart would. */
    public static int dropListener(Connection admin, ApplicationContext node) throws SQLException {
        try (PreparedStatement terminate = admin.prepareStatement(
                "select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = ?")) {
            terminate.setString(1, listenerName(node));
            try (ResultSet result = terminate.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    /** Whether the node listens on the database now. */
    public static boolean listening(Connection admin, ApplicationContext node) throws SQLException {
        try (PreparedStatement find = admin.prepareStatement(
                "select count(*) from pg_stat_activity where application_name = ?")) {
            find.setString(1, listenerName(node));
            try (ResultSet result = find.executeQuery()) {
                result.next();
                return result.getInt(1) == 1;
            }
        }
    }
}
