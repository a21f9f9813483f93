package org.lessonsportal.workflow;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the mail tests start from: the workflow's application with SMTP configured, sending to a
 * {@link TestMailServer} that runs while the test class does, and the mails it received.
 */
@SpringBootTest(classes = WorkflowTestApplication.class)
public abstract class MailIntegrationTestCase {

    private static final int PORT = TestMailServer.freePort();

    @RegisterExtension
    protected static GreenMailExtension smtp = TestMailServer.on(PORT);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestMailServer.register(registry, PORT);
    }

    /** The mails the server received for that address so far, oldest first. */
    protected static List<MimeMessage> mailsTo(String to) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(to)).toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
