package org.lessonsportal.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The feed's links point at the configured public address, whatever Host (or X-Forwarded-Host) a request claims. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lessons.session.idle-timeout=2s", "lessons.portal.public-url=https://lessons.example.nhs.uk"})
class FeedAddressTest {

    @Autowired
    LessonFeedController feed;

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aForgedHostDoesNotEndUpInTheFeed() throws Exception {
        MockHttpServletRequest forged = new MockHttpServletRequest("GET", "/api/lessons/feed.atom");
        forged.setServerName("evil.example");
        forged.addHeader("Host", "evil.example");
        forged.addHeader("X-Forwarded-Host", "evil.example");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(forged));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        feed.feed().getBody().writeTo(out);
        String atom = out.toString(StandardCharsets.UTF_8);

        assertThat(atom).contains("<link rel=\"self\" href=\"https://lessons.example.nhs.uk/api/lessons/feed.atom\"")
                .doesNotContain("evil.example");
    }
}
