package org.lessonsportal.e2e.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The real Keycloak server (from the {@code keycloak-quarkus-dist} zip) that token and browser tests sign in against.
 *
 * <p>One server per JVM: {@link #shared(int)} starts it on first use with a fresh copy of the {@code lessons} realm
 * and of every other realm file beside it (the {@code cis2-sim} realm that the {@code nhs-cis2} broker signs in at),
 * the files' {@code http://localhost:8080} replaced by {@code http://localhost:<portalPort>} (Keycloak refuses
 * redirect URIs on any other port) and their {@code http://127.0.0.1:8180} by this Keycloak's own address; a shutdown
 * hook stops it when the JVM exits.
 *
 * <p>System properties (set by failsafe in {@code portal-ui/pom.xml}): {@code keycloak.home} (the unpacked
 * distribution) and {@code keycloak.realm-file}. Without them the paths relative to the {@code portal-ui} module
 * directory are used; if the distribution is not unpacked yet it is unpacked from the local Maven repository.
 *
 * <p>{@link #authorizationCodeLogin(String, String)} signs in the way a browser does (authorization-code flow with
 * PKCE, the identity-first login pages Keycloak shows when Organizations are on), without a browser.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class KeycloakServer {

    public static final String VERSION = "26.5.6";
    public static final String REALM = "lessons";
    public static final String PORTAL_CLIENT_ID = "lessons-portal";
    /** Demo-only secret, public in the realm file. */
    public static final String PORTAL_CLIENT_SECRET = "lessons-portal-secret";
    public static final String API_CLIENT_ID = "lessons-api-demo";
    /** Demo-only secret, public in the realm file. */
    public static final String API_CLIENT_SECRET = "demo-secret";
    /** The scopes the portal asks for. */
    public static final String PORTAL_SCOPES = "openid profile email organization:*";
    /** The master realm's administrator (test Keycloak only). */
    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    /** The portal origin as written in the realm file; replaced with the test's portal URL before import. */
    public static final String REALM_FILE_PORTAL_URL = "http://localhost:8080";
    /** Keycloak's own address as written in the realm files (the brokers' endpoints); replaced with this server's. */
    public static final String REALM_FILE_KEYCLOAK_URL = "http://127.0.0.1:8180";
    /** The realm that simulates NHS CIS2 for the {@code nhs-cis2} broker. */
    public static final String CIS2_SIM_REALM = "cis2-sim";

    private static final String DEFAULT_HOME = "target/keycloak/keycloak-" + VERSION;
    private static final String DEFAULT_REALM_FILE = "../identity/src/main/resources/keycloak/lessons-realm.json";
    private static final Path LOG_FILE = Paths.get("target", "keycloak-test.log");
    /** System property {@code keycloak.start-timeout-seconds} (default 300), e.g. longer on a busy machine. */
    private static final Duration START_TIMEOUT =
            Duration.ofSeconds(Long.getLong("keycloak.start-timeout-seconds", 300));
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*\\bid=\"kc-form-login\"[^>]*>(.*?)</form>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern FEEDBACK = Pattern.compile(
            "class=\"[^\"]*kc-feedback-text[^\"]*\"[^>]*>\\s*([^<]+?)\\s*<", Pattern.CASE_INSENSITIVE);

    private static KeycloakServer shared;
    private static Integer jvmPortalPort;
    private static RuntimeException startFailure;

    private final Process process;
    private final int port;
    private final int managementPort;
    private final int portalPort;
    private final Duration startTime;

    /**
     * The port the portal must listen on in this JVM's end-to-end tests: system property {@code e2e.portal-port} if
     * set, otherwise a free port chosen once. Tests that start the portal and tests that only need tokens should all
     * use it (Spring: {@code server.port}), because the realm accepts redirects to one portal port only.
     */
    public static synchronized int portalPortForThisJvm() {
        if (jvmPortalPort == null) {
            String property = System.getProperty("e2e.portal-port");
            jvmPortalPort = property != null && !property.isBlank() ? Integer.parseInt(property.trim()) : freePort();
        }
        return jvmPortalPort;
    }

    /** {@link #shared(int)} with {@link #portalPortForThisJvm()}. */
    public static synchronized KeycloakServer shared() {
        return shared(portalPortForThisJvm());
    }

    /**
     * The one Keycloak server of this JVM, started on first call. Every caller must pass the same portal port: the
     * realm's redirect URIs are fixed to it at start.
     */
    public static synchronized KeycloakServer shared(int portalPort) {
        if (jvmPortalPort != null && jvmPortalPort != portalPort) {
            throw new IllegalStateException("This JVM's portal port is " + jvmPortalPort
                    + (shared != null ? " (Keycloak's redirect URIs accept only that port)" : "")
                    + ", requested " + portalPort + ". Use KeycloakServer.portalPortForThisJvm() everywhere.");
        }
        jvmPortalPort = portalPort;
        if (startFailure != null) {
            throw new IllegalStateException("Keycloak failed to start earlier in this JVM", startFailure);
        }
        if (shared == null) {
            try {
                shared = start(portalPort);
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
        }
        return shared;
    }

    /** A TCP port free on 127.0.0.1 right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    // ---------------------------------------------------------------------------------------------- start and stop

    private static KeycloakServer start(int portalPort) {
        Path home = keycloakHome();
        Path realmFile = Paths.get(System.getProperty("keycloak.realm-file", DEFAULT_REALM_FILE)).toAbsolutePath();
        if (!Files.isRegularFile(realmFile)) {
            throw new IllegalStateException("Realm file not found: " + realmFile + " (system property keycloak.realm-file)");
        }
        int port = freePort();
        while (port == portalPort) {
            port = freePort();
        }
        try {
            deleteRecursively(home.resolve("data"));
            Path importDir = Files.createDirectories(home.resolve("data").resolve("import"));
            List<Path> realmFiles;
            try (Stream<Path> files = Files.list(realmFile.getParent())) {
                realmFiles = files.filter(f -> f.getFileName().toString().endsWith("-realm.json")).toList();
            }
            for (Path file : realmFiles) {
                String realm = Files.readString(file, StandardCharsets.UTF_8)
                        .replace(REALM_FILE_PORTAL_URL, "http://localhost:" + portalPort)
                        .replace(REALM_FILE_KEYCLOAK_URL, "http://127.0.0.1:" + port);
                Files.writeString(importDir.resolve(file.getFileName()), realm, StandardCharsets.UTF_8);
            }
            try (Stream<Path> scripts = Files.list(home.resolve("bin"))) {
                scripts.filter(p -> p.toString().endsWith(".sh")).forEach(p -> p.toFile().setExecutable(true, false));
            }
            Files.createDirectories(LOG_FILE.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare Keycloak at " + home, e);
        }

        int managementPort = freePort();
        while (managementPort == port || managementPort == portalPort) {
            managementPort = freePort();
        }
        ProcessBuilder builder = new ProcessBuilder(
                home.resolve("bin").resolve("kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--import-realm")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(LOG_FILE.toFile());
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        // the master realm's administrator, for tests that change users through the admin REST API (KeycloakAdmin)
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);

        long started = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + builder.command(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "keycloak-stop"));

        String discovery = "http://127.0.0.1:" + port + "/realms/" + REALM + "/.well-known/openid-configuration";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = started + START_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                        + " before it was ready. Last lines of " + LOG_FILE.toAbsolutePath() + ":\n" + logTail(50));
            }
            if (System.nanoTime() > deadline) {
                stop(process);
                throw new IllegalStateException("Keycloak was not ready within " + START_TIMEOUT.toSeconds()
                        + " s. Last lines of " + LOG_FILE.toAbsolutePath() + ":\n" + logTail(50));
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(discovery))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop(process);
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(500);
        }
        Duration startTime = Duration.ofNanos(System.nanoTime() - started);
        System.err.printf("Keycloak %s ready at http://127.0.0.1:%d in %d s (portal port %d, log %s)%n",
                VERSION, port, startTime.toSeconds(), portalPort, LOG_FILE.toAbsolutePath());
        return new KeycloakServer(process, port, managementPort, portalPort, startTime);
    }

    private static Path keycloakHome() {
        String property = System.getProperty("keycloak.home");
        Path home = Paths.get(property != null ? property : DEFAULT_HOME).toAbsolutePath();
        if (Files.isRegularFile(home.resolve("bin").resolve("kc.sh"))) {
            return home;
        }
        Path zip = Paths.get(System.getProperty("user.home"), ".m2", "repository", "org", "keycloak",
                "keycloak-quarkus-dist", VERSION, "keycloak-quarkus-dist-" + VERSION + ".zip");
        if (property == null && Files.isRegularFile(zip)) {
            unzip(zip, home.getParent());
            if (Files.isRegularFile(home.resolve("bin").resolve("kc.sh"))) {
                return home;
            }
        }
        throw new IllegalStateException("No Keycloak distribution at " + home + ". Run the build up to "
                + "pre-integration-test (it unpacks org.keycloak:keycloak-quarkus-dist:" + VERSION + ":zip), "
                + "or set -Dkeycloak.home.");
    }

    private static void unzip(Path zip, Path target) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            Path root = target.toAbsolutePath().normalize();
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path out = root.resolve(entry.getName()).normalize();
                if (!out.startsWith(root)) {
                    throw new IOException("Zip entry outside target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack " + zip, e);
        }
    }

    private static void stop(Process process) {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> tree = process.descendants().collect(Collectors.toList());
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        try {
            process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            for (ProcessHandle child : tree) {
                long left = deadline - System.nanoTime();
                if (left > 0 && child.isAlive()) {
                    child.onExit().get(left, TimeUnit.NANOSECONDS);
                }
            }
        } catch (Exception timedOutOrInterrupted) {
            // force below
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(LOG_FILE, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    // -------------------------------------------------------------------------------------------------- accessors

    /** {@code http://127.0.0.1:PORT} */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** {@code http://127.0.0.1:PORT/realms/lessons}, the {@code iss} of every token. */
    public String issuerUri() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String authorizationEndpoint() {
        return issuerUri() + "/protocol/openid-connect/auth";
    }

    public String tokenEndpoint() {
        return issuerUri() + "/protocol/openid-connect/token";
    }

    public String userInfoEndpoint() {
        return issuerUri() + "/protocol/openid-connect/userinfo";
    }

    public String endSessionEndpoint() {
        return issuerUri() + "/protocol/openid-connect/logout";
    }

    public int port() {
        return port;
    }

    public int managementPort() {
        return managementPort;
    }

    public int portalPort() {
        return portalPort;
    }

    /** {@code http://localhost:<portalPort>} as the realm knows it (redirect URIs, web origins). */
    public String portalUrl() {
        return "http://localhost:" + portalPort;
    }

    /** The redirect URI Spring Security uses for registration id {@code keycloak}. */
    public String portalRedirectUri() {
        return portalUrl() + "/login/oauth2/code/keycloak";
    }

    /** How long the first start took (process start to discovery document answering). */
    public Duration startTime() {
        return startTime;
    }

    public long pid() {
        return process.pid();
    }

    // ------------------------------------------------------------------------------------------------------ tokens

    /** The tokens of a sign-in plus their decoded claims. */
    public record TokenResponse(String accessToken, String idToken, String refreshToken, String scope,
                                Map<String, Object> idTokenClaims, Map<String, Object> accessTokenClaims,
                                Map<String, Object> raw) {
    }

    /** Keycloak did not let the user in; {@link #getMessage()} carries the message shown on the login page. */
    public static final class LoginRefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String pageMessage;

        LoginRefusedException(String pageMessage) {
            super("Keycloak refused the sign-in: " + pageMessage);
            this.pageMessage = pageMessage;
        }

        public String pageMessage() {
            return pageMessage;
        }
    }

    /** Signs in as the portal would and returns the ID token's claims. */
    public Map<String, Object> signInAndGetIdTokenClaims(String username, String password) {
        return authorizationCodeLogin(username, password).idTokenClaims();
    }

    /** Authorization-code flow with PKCE for {@code lessons-portal}, scopes {@link #PORTAL_SCOPES}. */
    public TokenResponse authorizationCodeLogin(String username, String password) {
        return authorizationCodeLogin(username, password, PORTAL_SCOPES);
    }

    /**
     * The real authorization-code flow with PKCE (S256) for {@code lessons-portal}: the login pages are fetched and
     * submitted like a browser does (one-step username and password form, or Keycloak's identity-first pages:
     * username, then password), the code is taken from the redirect to the portal (which is not followed) and
     * exchanged at the token endpoint with the client secret and the code verifier.
     *
     * @throws LoginRefusedException when Keycloak shows the login form again with an error
     */
    public TokenResponse authorizationCodeLogin(String username, String password, String scope) {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieJar())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String verifier = randomToken(48);
        String state = randomToken(16);
        String nonce = randomToken(16);
        String redirectUri = portalRedirectUri();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", PORTAL_CLIENT_ID);
        query.put("redirect_uri", redirectUri);
        query.put("scope", scope);
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("code_challenge", s256(verifier));
        query.put("code_challenge_method", "S256");

        URI back = signInThroughLoginPages(browser, URI.create(authorizationEndpoint() + "?" + form(query)), username,
                password, redirectUri);
        Map<String, String> params = parseQuery(back.getRawQuery());
        if (params.containsKey("error")) {
            throw new IllegalStateException("Authorization error: " + params);
        }
        if (!state.equals(params.get("state"))) {
            throw new IllegalStateException("State mismatch in " + back);
        }
        return exchangeCode(params.get("code"), redirectUri, verifier);
    }

    /**
     * Opens {@code start} with {@code browser} (which must not follow redirects and should keep cookies, e.g. with a
     * {@link CookieJar}), follows redirects and fills in Keycloak's login pages (one-step username and password form,
     * or the identity-first pages: username, then password) until a redirect leads to an address starting with
     * {@code returnTo}; returns that address, not followed. {@code start} may be the authorization endpoint or a
     * portal address that redirects there (e.g. {@code /oauth2/authorization/keycloak}).
     *
     * @throws LoginRefusedException when Keycloak shows the login form again with an error
     */
    public static URI signInThroughLoginPages(HttpClient browser, URI start, String username, String password,
            String returnTo) {
        HttpResponse<String> response = send(browser, HttpRequest.newBuilder(start).GET());
        boolean usernameSent = false;
        boolean passwordSent = false;
        for (int step = 0; step < 12; step++) {
            int status = response.statusCode();
            if (status == 302 || status == 303) {
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new IllegalStateException("Redirect without Location"));
                URI target = URI.create(response.uri().resolve(location).toString());
                if (target.toString().startsWith(returnTo)) {
                    return target;
                }
                response = send(browser, HttpRequest.newBuilder(target).GET());
                continue;
            }
            if (status != 200) {
                throw new IllegalStateException("Unexpected HTTP " + status + " from " + response.uri() + ":\n"
                        + abbreviate(response.body()));
            }
            String html = response.body();
            Matcher formMatcher = FORM.matcher(html);
            if (!formMatcher.find()) {
                String message = feedback(html);
                throw message != null ? new LoginRefusedException(message)
                        : new IllegalStateException("No login form at " + response.uri() + ":\n" + abbreviate(html));
            }
            String formTag = html.substring(formMatcher.start(), html.indexOf('>', formMatcher.start()) + 1);
            Matcher actionMatcher = ACTION.matcher(formTag);
            if (!actionMatcher.find()) {
                throw new IllegalStateException("Login form without action at " + response.uri());
            }
            URI action = response.uri().resolve(unescapeHtml(actionMatcher.group(1)));
            Map<String, String> fields = new LinkedHashMap<>();
            boolean asksUsername = false;
            boolean asksPassword = false;
            Matcher inputs = INPUT.matcher(formMatcher.group(1));
            while (inputs.find()) {
                String input = inputs.group();
                String name = attribute(input, "name");
                if (name == null) {
                    continue;
                }
                String type = attribute(input, "type");
                if ("username".equals(name)) {
                    asksUsername = true;
                } else if ("password".equals(name)) {
                    asksPassword = true;
                } else if (type == null || "hidden".equalsIgnoreCase(type)) {
                    String value = attribute(input, "value");
                    fields.put(name, value == null ? "" : unescapeHtml(value));
                }
            }
            boolean again = (asksUsername && usernameSent && !asksPassword) || (asksPassword && passwordSent);
            if (again || (!asksUsername && !asksPassword)) {
                String message = feedback(html);
                throw new LoginRefusedException(message != null ? message : "login form shown again");
            }
            if (asksUsername) {
                fields.put("username", username);
                usernameSent = true;
            }
            if (asksPassword) {
                fields.put("password", password);
                passwordSent = true;
            }
            response = send(browser, HttpRequest.newBuilder(action)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
        }
        throw new IllegalStateException("Sign-in did not finish within 12 steps");
    }

    private TokenResponse exchangeCode(String code, String redirectUri, String verifier) {
        if (code == null) {
            throw new IllegalStateException("No code in the redirect");
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("grant_type", "authorization_code");
        params.put("code", code);
        params.put("redirect_uri", redirectUri);
        params.put("code_verifier", verifier);
        return tokenRequest(PORTAL_CLIENT_ID, PORTAL_CLIENT_SECRET, params);
    }

    /** A client-credentials token, e.g. for {@link #API_CLIENT_ID}. */
    public TokenResponse clientCredentials(String clientId, String clientSecret) {
        return tokenRequest(clientId, clientSecret, Map.of("grant_type", "client_credentials"));
    }

    /** The userinfo endpoint's answer for an access token. */
    public Map<String, Object> userInfo(String accessToken) {
        HttpResponse<String> response = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(
                URI.create(userInfoEndpoint())).header("Authorization", "Bearer " + accessToken).GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("userinfo: HTTP " + response.statusCode() + " " + response.body());
        }
        return readJson(response.body());
    }

    private TokenResponse tokenRequest(String clientId, String clientSecret, Map<String, String> params) {
        String basic = Base64.getEncoder().encodeToString(
                (encode(clientId) + ":" + encode(clientSecret)).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(
                        URI.create(tokenEndpoint()))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(params))));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token endpoint: HTTP " + response.statusCode() + " " + response.body());
        }
        Map<String, Object> raw = readJson(response.body());
        String accessToken = (String) raw.get("access_token");
        String idToken = (String) raw.get("id_token");
        return new TokenResponse(accessToken, idToken, (String) raw.get("refresh_token"), (String) raw.get("scope"),
                idToken == null ? Map.of() : decodeJwtPayload(idToken),
                accessToken == null ? Map.of() : decodeJwtPayload(accessToken), raw);
    }

    /** The payload of a JWT as a map (no signature check: the test got it straight from Keycloak). */
    public static Map<String, Object> decodeJwtPayload(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("Not a JWT");
        }
        return readJson(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    /**
     * A browser's cookie jar, reduced to what the login needs. Keycloak 26 marks its cookies {@code Secure} (and
     * {@code SameSite=None}) even over http; browsers still send them to http://localhost and 127.0.0.1, but
     * {@link java.net.CookieManager} does not (and it would send Keycloak's {@code Version=1} cookies in RFC 2965
     * syntax), so the login would end with "cookie not found".
     */
    public static final class CookieJar extends CookieHandler {
        private record Cookie(String host, String path, String name, String value) {
        }

        private final Map<String, Cookie> cookies = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            String header = cookies.values().stream()
                    .filter(c -> c.host().equalsIgnoreCase(uri.getHost()) && path.startsWith(c.path()))
                    .map(c -> c.name() + "=" + c.value())
                    .collect(Collectors.joining("; "));
            return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                    values.forEach(value -> store(uri, value));
                }
            });
        }

        private void store(URI uri, String setCookie) {
            String[] parts = setCookie.split(";");
            int eq = parts[0].indexOf('=');
            if (eq <= 0) {
                return;
            }
            String name = parts[0].substring(0, eq).trim();
            String value = parts[0].substring(eq + 1).trim();
            String path = "/";
            boolean expired = false;
            for (int i = 1; i < parts.length; i++) {
                String attribute = parts[i].trim();
                String lower = attribute.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("path=")) {
                    path = attribute.substring(5).trim();
                } else if (lower.equals("max-age=0") || lower.startsWith("max-age=-")) {
                    expired = true;
                } else if (lower.startsWith("expires=")) {
                    try {
                        expired |= java.time.ZonedDateTime.parse(attribute.substring(8).trim(),
                                java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()
                                .isBefore(java.time.Instant.now());
                    } catch (RuntimeException unparseable) {
                        // keep it
                    }
                }
            }
            String key = uri.getHost() + "|" + path + "|" + name;
            if (expired) {
                cookies.remove(key);
            } else {
                cookies.put(key, new Cookie(uri.getHost(), path, name, value));
            }
        }
    }

    private static Map<String, Object> readJson(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + abbreviate(json), e);
        }
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static String feedback(String html) {
        Matcher m = FEEDBACK.matcher(html);
        return m.find() ? unescapeHtml(m.group(1).trim()) : null;
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE).matcher(tag);
        return m.find() ? m.group(1) : null;
    }

    private static String unescapeHtml(String s) {
        Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r;
            switch (e) {
                case "amp": r = "&"; break;
                case "lt": r = "<"; break;
                case "gt": r = ">"; break;
                case "quot": r = "\""; break;
                case "apos": r = "'"; break;
                default:
                    int cp = e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
                    r = new String(Character.toChars(cp));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> result = new LinkedHashMap<>();
        if (rawQuery == null) {
            return result;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            result.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return result;
    }

    private static String form(Map<String, String> params) {
        List<String> pairs = new ArrayList<>();
        params.forEach((k, v) -> pairs.add(encode(k) + "=" + encode(v)));
        return String.join("&", pairs);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String randomToken(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
    }
}
