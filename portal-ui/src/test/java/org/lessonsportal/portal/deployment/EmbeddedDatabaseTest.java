package org.lessonsportal.portal.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The embedded database shared by the portal and {@code ./portal import} (docs/adr/0039): its AUTO_SERVER socket
 * listens on loopback only, and it has a generated password in an owner-only file beside it; a database made with the
 * old empty password moves to a generated one.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aNewDatabaseGetsAGeneratedPasswordOnlyItsOwnerCanRead() throws Exception {
        String url = url(dir.resolve("lessons"));

        String password = configure(url);

        assertThat(password).isNotBlank().hasSizeGreaterThanOrEqualTo(24);
        Path file = dir.resolve("lessons.password");
        assertThat(Files.readString(file).strip()).isEqualTo(password);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (Connection connection = DriverManager.getConnection(url, "sa", password)) {
            assertThat(connection.isValid(5)).isTrue();
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).isInstanceOf(SQLException.class);
        assertThat(configure(url)).as("the next start reads the same password").isEqualTo(password);
    }

    @Test
    void aDatabaseWithTheOldEmptyPasswordGetsTheGeneratedOne() throws Exception {
        Path database = dir.resolve("old");
        String plain = "jdbc:h2:file:" + database;
        try (Connection connection = DriverManager.getConnection(plain, "sa", "")) {
            connection.createStatement().execute("create table kept(id int); insert into kept values (7)");
        }

        String password = configure(url(database));

        assertThat(password).isNotBlank();
        try (Connection connection = DriverManager.getConnection(plain, "sa", password);
                var rows = connection.createStatement().executeQuery("select id from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(7);
        }
        assertThatThrownBy(() -> DriverManager.getConnection(plain, "sa", "").close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    void otherDatabasesAndConfiguredPasswordsAreLeftAlone() {
        assertThat(EmbeddedDatabase.autoServerFile("jdbc:h2:mem:lessons")).isNull();
        assertThat(EmbeddedDatabase.autoServerFile("jdbc:postgresql://db/lessons")).isNull();
        assertThat(EmbeddedDatabase.autoServerFile("jdbc:h2:file:./data/lessons")).isNull();
        assertThat(EmbeddedDatabase.autoServerFile("jdbc:h2:file:./data/lessons;AUTO_SERVER=TRUE"))
                .isEqualTo(Path.of("data", "lessons").toAbsolutePath());

        StandardEnvironment environment = environment(url(dir.resolve("given")));
        environment.getPropertySources().addFirst(new MapPropertySource("given",
                java.util.Map.of("spring.datasource.password", "chosen-by-the-operator")));
        new EmbeddedDatabase().postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("chosen-by-the-operator");
        assertThat(dir.resolve("given.password")).doesNotExist();
    }

    /**
     * In a JVM of its own (H2 reads {@code h2.bindAddress} once, when it is first used, and other tests in this JVM may
     * have used it already), the portal's start-up opens the database in AUTO_SERVER mode; its server socket must
     * answer on 127.0.0.1 and not on this machine's other addresses.
     */
    @Test
    void theAutoServerListensOnThisMachineOnly() throws Exception {
        List<InetAddress> others = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).toList();
        assumeTrue(!others.isEmpty(), "this machine has no address but loopback");
        Path database = dir.resolve("shared");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldDatabaseOpen.class.getName(), url(database)).redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            while ((line = output.readLine()) != null && !line.equals("open")) {
                System.out.println("holder: " + line);
            }
            assertThat(line).as("the database was opened").isEqualTo("open");

            Properties lock = new Properties();
            try (var in = Files.newInputStream(database.resolveSibling("shared.lock.db"))) {
                lock.load(in);
            }
            String server = lock.getProperty("server");
            assertThat(server).as("AUTO_SERVER address in the lock file").matches("(127\\.0\\.0\\.1|localhost):\\d+");
            int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));

            assertThat(answers(InetAddress.getByName("127.0.0.1"), port)).isTrue();
            for (InetAddress other : others) {
                assertThat(answers(other, port)).as("the database server answers on %s", other).isFalse();
            }
        } finally {
            try (OutputStream in = holder.getOutputStream()) {
                in.write('\n');
            } catch (java.io.IOException ignored) {
                // already gone
            }
            if (!holder.waitFor(20, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    /** The child JVM of {@link #theAutoServerListensOnThisMachineOnly()}: opens the database until told to stop. */
    static final class HoldDatabaseOpen {
        public static void main(String[] args) throws Exception {
            String password = configure(args[0]);
            try (Connection connection = DriverManager.getConnection(args[0], "sa", password)) {
                connection.createStatement().execute("select 1");
                System.out.println("open");
                System.out.flush();
                System.in.read();
            }
        }
    }

    private static boolean answers(InetAddress address, int port) throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            return true;
        } catch (ConnectException | SocketTimeoutException refused) {
            return false;
        }
    }

    /** What the portal's start-up does; the password the application would use. */
    private static String configure(String url) {
        StandardEnvironment environment = environment(url);
        new EmbeddedDatabase().postProcessEnvironment(environment, null);
        return environment.getProperty("spring.datasource.password");
    }

    private static StandardEnvironment environment(String url) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("application", java.util.Map.of(
                "spring.datasource.url", url, "spring.datasource.username", "sa", "spring.datasource.password", "")));
        return environment;
    }

    private static String url(Path database) {
        return "jdbc:h2:file:" + database + ";AUTO_SERVER=TRUE";
    }
}
