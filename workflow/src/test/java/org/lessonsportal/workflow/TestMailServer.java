package org.lessonsportal.workflow;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) on a free local port for the mail tests, and the settings that send the portal's
 * e-mails to it with links to {@value #BASE_URL}.
 */
public final class TestMailServer {

    /** The portal's address in the e-mails' links. */
    public static final String BASE_URL = "https://lessons.example.nhs.uk";

    private TestMailServer() {
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server, for {@code @RegisterExtension}: one per test class. */
    public static GreenMailExtension on(int port) {
        return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }

    /** For {@code @DynamicPropertySource}: mail goes to the server on {@code port}. */
    public static void register(DynamicPropertyRegistry registry, int port) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> port);
        registry.add("lessons.review.notifications.base-url", () -> BASE_URL);
    }
}
