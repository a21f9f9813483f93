package org.lessonsportal.workflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.lessonsportal.testsupport.ScratchPostgresDatabase;

/**
 * Two portal nodes, each a process of its own, started at the same moment on an empty PostgreSQL database both come
 * up: the portal's tables are made once (Flyway's lock), the process engine's once ({@link EngineStartOneNodeAtATime})
 * and its processes are deployed once. Separate processes, as in production: within one JVM the engine's start-up
 * happens not to overlap. Skipped on H2, the embedded database of a single node.
 */
@EnabledIf(value = "org.lessonsportal.testsupport.TestDatabaseEnvironmentPostProcessor#postgres",
        disabledReason = "several nodes need a shared PostgreSQL database (LESSONS_TEST_DB=postgres)")
class NodesStartingTogetherIntegrationTest {

    @Test
    void twoNodesStartingTogetherOnAnEmptyDatabaseBothComeUp() throws Exception {
        try (ScratchPostgresDatabase database = ScratchPostgresDatabase.create("start")) {
            Path logs = Files.createDirectories(Path.of("target", "nodes-starting-together"));
            List<Process> nodes = new ArrayList<>();
            for (String name : List.of("a", "b")) {
                nodes.add(start(database.url(), logs.resolve("node-" + name + ".log")));
            }
            for (int i = 0; i < nodes.size(); i++) {
                Process node = nodes.get(i);
                if (!node.waitFor(5, TimeUnit.MINUTES)) {
                    nodes.forEach(Process::destroyForcibly);
                    fail("A node took more than five minutes to start");
                }
                Path log = logs.resolve("node-" + (i == 0 ? "a" : "b") + ".log");
                assertThat(node.exitValue()).as("node %s's exit; its log is %s", i == 0 ? "A" : "B", log)
                        .isZero();
                assertThat(Files.readString(log)).contains(OneNode.STARTED);
            }

            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                assertThat(count(statement, "select count(*) from act_re_procdef where key_ = 'lessonReview'"))
                        .as("the review process, deployed once").isEqualTo(1);
                assertThat(count(statement, "select count(*) from act_ge_property where name_ = 'schema.version'"))
                        .as("the engine's schema, made once").isEqualTo(1);
            }
        }
    }

    private static Process start(String url, Path log) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "-Dlessons.test.db=" + System.getProperty("lessons.test.db", ""),
                OneNode.class.getName(),
                "--spring.datasource.url=" + url,
                "--spring.jmx.enabled=false",
                "--lessons.search.semantic=false",
                // as the portal runs: the engine's job executor on
                "--camunda.bpm.job-execution.enabled=true"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static int count(Statement statement, String sql) throws Exception {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }
}
