package org.lessonsportal.portal.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request naming a host other than the public address's (or this machine's) is refused before anything is built
 * from it: the redirect to sign in, above all, never points at a forged {@code Host}. Raw HTTP over a socket, because
 * Java's HTTP client will not send a {@code Host} of its own choosing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lessons.portal.public-url=https://lessons.example.nhs.uk")
class KnownHostsTest {

    @LocalServerPort
    int port;

    @Test
    void aForgedHostIsRefusedAndNeverEchoedInARedirect() throws IOException {
        String answer = get("/home", "evil.example");

        assertThat(statusLine(answer)).contains(" 400");
        assertThat(answer).doesNotContain("evil.example");
    }

    @Test
    void thePublicHostAndThisMachineAreServed() throws IOException {
        String viaPublicName = get("/home", "lessons.example.nhs.uk");
        assertThat(statusLine(viaPublicName)).contains(" 302");
        assertThat(viaPublicName).containsIgnoringCase("Location:");

        assertThat(statusLine(get("/", "localhost:" + port))).contains(" 200");
        assertThat(statusLine(get("/", "127.0.0.1:" + port))).contains(" 200");
    }

    private String get(String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int headersEnd = answer.indexOf("\r\n\r\n");
            return headersEnd < 0 ? answer : answer.substring(0, headersEnd);
        }
    }

    private static String statusLine(String answer) {
        int end = answer.indexOf("\r\n");
        return end < 0 ? answer : answer.substring(0, end);
    }
}
