package org.lessonsportal.e2e.nodes;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.lessonsportal.e2e.support.Browser;
import org.lessonsportal.e2e.support.KeycloakAdmin;
import org.lessonsportal.e2e.support.KeycloakServer;
import org.lessonsportal.testsupport.OpenSearchNode;
import org.lessonsportal.testsupport.ScratchPostgresDatabase;
import org.openqa.selenium.Cookie;

/**
 * Portal nodes as production runs them: the packaged jar in a process per node, all on one scratch PostgreSQL
 * database and one OpenSearch node, signing in against the shared test Keycloak, behind HAProxy with the
 * configuration of {@code deploy/haproxy-config}. People use the balancer's address only; which node answers them is
 * HAProxy's cookie ({@link Balancer#COOKIE}), which a test may set to send a browser to a chosen node. Everything is
 * stopped by {@link #close()} (and by shutdown hooks, and the processes' own time limits, if the JVM dies first).
 */
final class PortalCluster implements AutoCloseable {

    private static final Duration NODE_START = Duration.ofMinutes(10);

    private final ScratchPostgresDatabase database;
    private final List<PortalNode> nodes;
    private final Balancer balancer;

    private PortalCluster(ScratchPostgresDatabase database, List<PortalNode> nodes, Balancer balancer) {
        this.database = database;
        this.nodes = nodes;
        this.balancer = balancer;
    }

    /** Starts {@code count} nodes (named {@code node1}, {@code node2}, … as HAProxy's cookie names them). */
    static PortalCluster start(int count, List<String> settings) {
        OpenSearchNode search = OpenSearchNode.shared();
        KeycloakServer keycloak = KeycloakServer.shared();
        ScratchPostgresDatabase database = ScratchPostgresDatabase.create("nodes");
        List<PortalNode> nodes = new ArrayList<>();
        Balancer balancer = null;
        try {
            int front = KeycloakServer.freePort();
            String url = "http://localhost:" + front;
            new KeycloakAdmin(keycloak).allowPortalAt(url);
            List<String> common = new ArrayList<>(List.of(
                    "--spring.datasource.url=" + database.url(),
                    "--spring.datasource.username=" + ScratchPostgresDatabase.user(),
                    "--spring.datasource.password=" + ScratchPostgresDatabase.password(),
                    "--lessons.oidc.issuer=" + keycloak.issuerUri(),
                    "--lessons.portal.public-url=" + url,
                    "--lessons.review.notifications.base-url=" + url,
                    "--lessons.directory-sync.client-secret=lessons-directory-secret",
                    "--lessons.search.engine=opensearch",
                    "--lessons.search.opensearch-uris=" + search.uri(),
                    "--lessons.search.semantic=false",
                    "--lessons.demo-data=false",
                    "--spring.jmx.enabled=false"));
            common.addAll(settings);
            Path logs = Path.of(System.getProperty("e2e.artifacts", "target/e2e")).resolve("nodes")
                    .toAbsolutePath();
            Path jar = PortalNode.unpack(Path.of("target", "lessons-portal.jar"), logs.resolve("app"));
            for (int i = 1; i <= count; i++) {
                nodes.add(PortalNode.start(jar, "node" + i, KeycloakServer.freePort(), common, logs));
            }
            nodes.forEach(node -> node.awaitHealthy(NODE_START));
            balancer = Balancer.start(front, nodes.stream().map(PortalNode::port).toList(), logs);
            return new PortalCluster(database, nodes, balancer);
        } catch (RuntimeException e) {
            new PortalCluster(database, nodes, balancer).close();
            throw e;
        }
    }

    /** The balancer's address: the only one people use. */
    String url() {
        return balancer.url();
    }

    PortalNode node(String name) {
        return nodes.stream().filter(node -> node.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * Sends this browser to the node named, as if HAProxy had chosen it: opens the health address (any node; a page
     * with no script, so no request of its own can arrive without the cookie and be given another node's) to be on
     * the portal's address, forgets every cookie of it and sets the balancer's cookie. Before signing in.
     */
    void pin(Browser browser, String node) {
        browser.driver().get(url() + "/actuator/health");
        browser.driver().manage().deleteAllCookies();
        browser.driver().manage().addCookie(new Cookie(Balancer.COOKIE, node, "/"));
    }

    /** The node HAProxy's cookie in this browser names, or an empty string. */
    static String nodeOf(Browser browser) {
        Cookie cookie = browser.driver().manage().getCookieNamed(Balancer.COOKIE);
        return cookie == null ? "" : cookie.getValue();
    }

    /** The number the query (with its parameters) counts, in the nodes' database. */
    long count(String sql, Object... parameters) {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql, e);
        }
    }

    /** Runs a statement that changes data in the nodes' database (arranging what an administrator would). */
    void update(String sql, Object... parameters) {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql, e);
        }
    }

    @Override
    public void close() {
        if (balancer != null) {
            balancer.close();
        }
        nodes.forEach(PortalNode::close);
        database.close();
    }
}
