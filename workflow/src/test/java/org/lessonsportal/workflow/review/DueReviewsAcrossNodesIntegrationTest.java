package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.workflow.notification.Notification;
import org.lessonsportal.workflow.notification.NotificationKind;
import org.lessonsportal.workflow.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * With several nodes on one PostgreSQL database, the check of due reviews is done by one node at a time and its work
 * once: a reviewer is reminded once and a review escalated once however many nodes check (docs/adr/0065). Two threads
 * stand for two nodes (each check has its own connections). Skipped on H2, which has one node.
 */
class DueReviewsAcrossNodesIntegrationTest extends ReviewProcessTestCase {

    @Autowired
    DueReviews dueReviews;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void onPostgreSql() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assumeTrue("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()),
                    "one node on H2: no lock between nodes");
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aNodeLeavesTheCheckToTheNodeAlreadyRunningIt() throws Exception {
        Instant start = Instant.now();
        LessonDetails lesson = support.submitted(cast.alice());
        List<Actor> reviewers = support.reviewers(lesson.id());
        moveClockTo(start.plus(Duration.ofDays(5)).plus(Duration.ofMinutes(5)));
        try (Connection other = dataSource.getConnection()) {
            lock(other, "select pg_advisory_lock(?)");
            try {
                assertThat(dueReviews.check()).as("another node is checking").isFalse();
                assertThat(reviewers).allSatisfy(r -> assertThat(kinds(r, lesson.id())).doesNotContain(NotificationKind.REMINDER));
            } finally {
                lock(other, "select pg_advisory_unlock(?)");
            }
        }
        assertThat(dueReviews.check()).as("nobody is").isTrue();
        assertThat(reviewers).allSatisfy(r -> assertThat(kinds(r, lesson.id())).containsOnlyOnce(NotificationKind.REMINDER));
    }

    @Test
    void twoNodesCheckingAtOnceRemindOnceAndEscalateOnce() throws Exception {
        Instant start = Instant.now();
        LessonDetails lesson = support.submitted(cast.alice());
        List<Actor> reviewers = support.reviewers(lesson.id());

        moveClockTo(start.plus(Duration.ofDays(5)).plus(Duration.ofMinutes(5)));
        checkOnTwoNodesAtOnce();
        assertThat(reviewers).allSatisfy(r -> assertThat(kinds(r, lesson.id())).containsOnlyOnce(NotificationKind.REMINDER));

        moveClockTo(start.plus(Duration.ofDays(10)).plus(Duration.ofMinutes(5)));
        checkOnTwoNodesAtOnce();
        support.runJobs(support.process(lesson.id()).getId());
        assertThat(reviewers).allSatisfy(r -> assertThat(kinds(r, lesson.id())).containsOnlyOnce(NotificationKind.ESCALATION));
        assertThat(support.tasks(lesson.id(), TaskKind.REVIEW)).isEmpty();
        assertThat(support.tasks(lesson.id(), TaskKind.REASSIGN)).hasSize(2);
    }

    /** Both threads start checking at the same moment; at least one of them looks. */
    private void checkOnTwoNodesAtOnce() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Boolean>> nodes = List.of(1, 2).stream().map(node -> CompletableFuture.supplyAsync(() -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return dueReviews.check();
        })).toList();
        List<Boolean> looked = nodes.stream().map(CompletableFuture::join).toList();
        assertThat(looked).contains(true);
    }

    /** What the member was told about the lesson (the demo's people review other tests' lessons too). */
    private List<Notification> about(Actor member, Long lessonId) {
        return notifications.list(member.memberId(), 0, Notifications.PAGE_MAX).stream().filter(n -> lessonId.equals(n.lessonId()))
                .toList();
    }

    private List<NotificationKind> kinds(Actor member, Long lessonId) {
        return about(member, lessonId).stream().map(Notification::kind).toList();
    }

    private static void lock(Connection connection, String sql) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, DueReviews.LOCK_KEY);
            statement.execute();
        }
    }

    private static void moveClockTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
