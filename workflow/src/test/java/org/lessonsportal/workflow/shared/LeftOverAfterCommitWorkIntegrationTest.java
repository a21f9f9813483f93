package org.lessonsportal.workflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.lessonsportal.workflow.WorkflowTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * With several nodes on one PostgreSQL database, one node at a time runs the work left over after commits: a node
 * that finds another holding the lock does not wait and does not run it (docs/adr/0063). What is run, and when, is
 * {@code FollowerNoticesAfterRestartIntegrationTest}'s. Skipped on H2, which has one node.
 */
@SpringBootTest(classes = WorkflowTestApplication.class)
class LeftOverAfterCommitWorkIntegrationTest {

    @Autowired
    LeftOverAfterCommitWork leftOver;
    @Autowired
    DataSource dataSource;

    @Test
    void aNodeLeavesTheLeftOverWorkToTheNodeAlreadyRunningIt() throws Exception {
        try (Connection other = dataSource.getConnection()) {
            assumeTrue("PostgreSQL".equals(other.getMetaData().getDatabaseProductName()),
                    "one node on H2: no lock between nodes");
            lock(other, "select pg_advisory_lock(?)");
            try {
                assertThat(leftOver.runLeftOver()).as("another node is running it").isFalse();
            } finally {
                lock(other, "select pg_advisory_unlock(?)");
            }
            assertThat(leftOver.runLeftOver()).as("nobody is").isTrue();
        }
    }

    private static void lock(Connection connection, String sql) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, LeftOverAfterCommitWork.LOCK_KEY);
            statement.execute();
        }
    }
}
