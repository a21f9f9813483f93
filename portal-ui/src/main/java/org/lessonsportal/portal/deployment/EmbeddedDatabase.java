package org.lessonsportal.portal.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Locks down the embedded H2 database that {@code ./portal run} and {@code ./portal import} share (AUTO_SERVER mode,
 * docs/adr/0039): its server socket listens on 127.0.0.1 only ({@code h2.bindAddress}, set before H2 starts), and it
 * has a password of its own, generated on first start and kept beside the database in {@code <name>.password}, which
 * only the owner may read. A database made by an older portal with an empty password gets the new one on first
 * start. Nothing changes when a password is configured or another database is used.
 */
public class EmbeddedDatabase implements EnvironmentPostProcessor, Ordered {

    public static final String BIND_ADDRESS_PROPERTY = "h2.bindAddress";
    public static final String LOOPBACK = "127.0.0.1";
    static final String PASSWORD_SUFFIX = ".password";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    @Override
    public int getOrder() {
        // last: after application.yml and the command line are read and anything else has chosen the database
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url");
        Path database = autoServerFile(url);
        if (database == null) {
            return;
        }
        bindToLoopback();
        String password = environment.getProperty("spring.datasource.password");
        if (password != null && !password.isEmpty()) {
            return;
        }
        String user = environment.getProperty("spring.datasource.username", "sa");
        String generated = passwordFor(database, url, user);
        environment.getPropertySources().addFirst(new MapPropertySource("lessons-embedded-database",
                Map.of("spring.datasource.password", generated)));
    }

    /** Makes H2's servers listen on this machine only; must run before H2 is first used. */
    public static void bindToLoopback() {
        if (System.getProperty(BIND_ADDRESS_PROPERTY) == null) {
            System.setProperty(BIND_ADDRESS_PROPERTY, LOOPBACK);
        }
    }

    /** The database's path without {@code .mv.db}, for an H2 file URL in AUTO_SERVER mode; else {@code null}. */
    static Path autoServerFile(String url) {
        if (url == null || !url.regionMatches(true, 0, "jdbc:h2:", 0, 8)
                || !url.toUpperCase(Locale.ROOT).replace(" ", "").contains(";AUTO_SERVER=TRUE")) {
            return null;
        }
        String name = url.substring(8);
        int semicolon = name.indexOf(';');
        name = semicolon < 0 ? name : name.substring(0, semicolon);
        if (name.startsWith("file:")) {
            name = name.substring(5);
        } else if (name.startsWith("mem:") || name.startsWith("tcp:") || name.startsWith("ssl:")) {
            return null;
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Path.of(name).toAbsolutePath().normalize();
    }

    static Path passwordFile(Path database) {
        return database.resolveSibling(database.getFileName() + PASSWORD_SUFFIX);
    }

    /** The database's password from its file; made (and given to an existing database) when there is none yet. */
    static String passwordFor(Path database, String url, String user) {
        Path file = passwordFile(database);
        try {
            if (Files.exists(file)) {
                ownerOnly(file);
                String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!stored.isEmpty()) {
                    return stored;
                }
            }
            String password = generate();
            Files.createDirectories(file.getParent());
            write(file, password);
            if (Files.exists(database.resolveSibling(database.getFileName() + ".mv.db"))) {
                try {
                    changeEmptyPassword(url, user, password);
                } catch (RuntimeException e) {
                    Files.deleteIfExists(file);
                    throw e;
                }
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the embedded database's password in " + file, e);
        }
    }

    private static void changeEmptyPassword(String url, String user, String password) {
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement statement = connection.createStatement()) {
            // the password is base64url: no quote can end the literal
            statement.execute("ALTER USER \"" + user.toUpperCase(Locale.ROOT).replace("\"", "\"\"")
                    + "\" SET PASSWORD '" + password + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded database at " + url + " has a password the portal does not "
                    + "know (its file " + PASSWORD_SUFFIX + " is missing): set SPRING_DATASOURCE_PASSWORD", e);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void write(Path file, String password) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        if (posix()) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        Files.writeString(temporary, password + "\n", StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void ownerOnly(Path file) throws IOException {
        if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
