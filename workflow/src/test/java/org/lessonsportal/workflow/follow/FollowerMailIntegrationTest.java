package org.lessonsportal.workflow.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.testsupport.LessonTestData;
import org.lessonsportal.workflow.MailIntegrationTestCase;
import org.lessonsportal.workflow.TestMailServer;
import org.lessonsportal.workflow.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** With SMTP configured, a follower of a published lesson's type or of a matching search is e-mailed as well. */
@WithMockUser
class FollowerMailIntegrationTest extends MailIntegrationTestCase {

    @Autowired
    ReviewedPublication publication;
    @Autowired
    Following following;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifications notifications;

    @Test
    void followersAreEmailedWithALinkToTheLesson() throws MessagingException {
        ReviewedPublication.Crew crew = publication.crew();
        Actor typeFollower = publication.person("Tess Type", Roles.CONTRIBUTOR);
        following.followProjectType(typeFollower, ProjectType.ELECTRONIC_PATIENT_RECORD);
        Actor searchFollower = publication.person("Sam Search", Roles.CONTRIBUTOR);
        following.followSearch(searchFollower, "Cutovers", SearchQuery.of("cutover"));
        Actor notFollowing = publication.person("Nat None", Roles.CONTRIBUTOR);
        following.followSearch(notFollowing, "Blockchain", SearchQuery.of("blockchain"));

        LessonDetails lesson = publication.publish(crew, LessonTestData.complete(LessonTestData.title()));

        await().atMost(Duration.ofSeconds(30)).until(() -> FollowerDeliveries.done(jdbc));

        MimeMessage toType = awaitMail(publication.email(typeFollower));
        assertThat(toType.getSubject()).isEqualTo("Lessons Portal: New lesson you follow");
        assertThat(text(toType)).contains("Electronic patient record (EPR)")
                .contains(TestMailServer.BASE_URL + "/lessons/" + lesson.id());
        MimeMessage toSearch = awaitMail(publication.email(searchFollower));
        assertThat(text(toSearch)).contains("your saved search");
        assertThat(mailsTo(publication.email(typeFollower))).as("one mail per follower").hasSize(1);
        assertThat(notifications.count(notFollowing.memberId())).isZero();
        assertThat(mailsTo(publication.email(notFollowing))).isEmpty();
    }

    private MimeMessage awaitMail(String to) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !mailsTo(to).isEmpty());
        return mailsTo(to).get(0);
    }

    /** The mail's text, decoded (quoted-printable lines are joined again). */
    private static String text(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
