package org.lessonsportal.workflow.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.testsupport.LessonTestData;
import org.lessonsportal.workflow.WorkflowTestApplication;
import org.lessonsportal.workflow.notification.Notification;
import org.lessonsportal.workflow.notification.NotificationKind;
import org.lessonsportal.workflow.notification.Notifications;
import org.lessonsportal.workflow.shared.AfterCommitWork;
import org.lessonsportal.workflow.shared.LeftOverAfterCommitWork;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The portal stops after a publication committed but before its followers were told (the work was queued in memory
 * and never ran): when the portal starts again on the same database, the followers are told, once the record is older
 * than {@code lessons.after-commit.retry-after} (until then another node may be doing it; docs/adr/0063). Two application contexts
 * in turn on one H2 database in a file.
 */
class FollowerNoticesAfterRestartIntegrationTest {

    @TempDir
    Path directory;

    @BeforeEach
    void signIn() {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("user", null, "ROLE_USER"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void followersAreToldAfterARestartWhenThePortalStoppedBeforeTellingThem() {
        String url = "jdbc:h2:file:" + directory.resolve("lessons").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        Actor follower;
        LessonDetails lesson;
        try (ConfigurableApplicationContext before = start(url, NeverRun.class)) {
            ReviewedPublication publication = before.getBean(ReviewedPublication.class);
            ReviewedPublication.Crew crew = publication.crew();
            follower = publication.person("Tess Type", Roles.CONTRIBUTOR);
            before.getBean(Following.class).followProjectType(follower, ProjectType.FAX_REMOVAL);

            lesson = publication.publish(crew, LessonTestData.complete(LessonTestData.title()).toBuilder()
                    .projectType(ProjectType.FAX_REMOVAL).build());

            assertThat(((NeverRun) before.getBean(AfterCommitWork.EXECUTOR)).held).as("telling the followers was queued").isNotEmpty();
            assertThat(told(before, follower, lesson)).as("and had not run when the portal stopped").isEmpty();
            assertThat(FollowerDeliveries.outstanding(before.getBean(JdbcTemplate.class))).isEqualTo(1);
        }

        try (ConfigurableApplicationContext after = start(url)) {
            JdbcTemplate jdbc = after.getBean(JdbcTemplate.class);
            LeftOverAfterCommitWork leftOver = after.getBean(LeftOverAfterCommitWork.class);
            // younger than lessons.after-commit.retry-after (two minutes): another node may still be doing it
            assertThat(leftOver.runLeftOver()).isTrue();
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> FollowerDeliveries.outstanding(jdbc) == 1);
            assertThat(told(after, follower, lesson)).isEmpty();

            jdbc.update("update event_publication set publication_date = ? where completion_date is null",
                    Timestamp.from(Instant.now().minus(Duration.ofMinutes(3))));
            assertThat(leftOver.runLeftOver()).isTrue();
            await().atMost(Duration.ofSeconds(30)).until(() -> FollowerDeliveries.done(jdbc));
            assertThat(told(after, follower, lesson)).singleElement().satisfies(n -> assertThat(n.message())
                    .isEqualTo("A new lesson was published about a type of project you follow, Fax machine removal: “"
                            + lesson.title() + "”."));
        }
    }

    private static ConfigurableApplicationContext start(String url, Class<?>... extra) {
        Class<?>[] sources = new Class<?>[extra.length + 1];
        sources[0] = WorkflowTestApplication.class;
        System.arraycopy(extra, 0, sources, 1, extra.length);
        // as arguments: above the test database chosen for every other test
        return new SpringApplicationBuilder(sources).web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=sa",
                        "--spring.datasource.password=");
    }

    private static List<Notification> told(ConfigurableApplicationContext context, Actor member,
            LessonDetails lesson) {
        return context.getBean(Notifications.class).list(member.memberId(), 0, 100).stream()
                .filter(n -> n.kind() == NotificationKind.FOLLOWED_LESSON_PUBLISHED)
                .filter(n -> lesson.id().equals(n.lessonId())).toList();
    }

    /**
     * Puts an executor that keeps what it is given and never runs it in place of the one for work after a commit: as
     * if the portal stopped before that work's turn came.
     */
    static class NeverRun extends ThreadPoolTaskExecutor implements BeanPostProcessor {

        final List<Object> held = new CopyOnWriteArrayList<>();

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (AfterCommitWork.EXECUTOR.equals(beanName) && bean instanceof ThreadPoolTaskExecutor executor) {
                executor.shutdown();
                return this;
            }
            return bean;
        }

        @Override
        public void execute(Runnable task) {
            held.add(task);
        }

        @Override
        public Future<?> submit(Runnable task) {
            held.add(task);
            return new CompletableFuture<>();
        }

        @Override
        public <T> Future<T> submit(Callable<T> task) {
            held.add(task);
            return new CompletableFuture<>();
        }
    }
}
