package org.lessonsportal.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.organisation.OrganisationView;
import org.lessonsportal.testsupport.LessonTestData;
import org.lessonsportal.testsupport.ScratchPostgresDatabase;
import org.lessonsportal.workflow.WorkflowTestApplication;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two portal nodes on one PostgreSQL database (two application contexts): a notification stored through node A
 * reaches whoever listens for it on node B (the pages open there, NotificationBroadcaster in the portal), once A's
 * transaction commits and never if it rolls back; the signal carries the member's id and nothing else. Skipped on
 * H2, the embedded database of a single node.
 */
@EnabledIf(value = "org.lessonsportal.testsupport.TestDatabaseEnvironmentPostProcessor#postgres",
        disabledReason = "several nodes need a shared PostgreSQL database (LESSONS_TEST_DB=postgres)")
class NotificationsAcrossNodesIntegrationTest {

    ScratchPostgresDatabase database;
    ConfigurableApplicationContext nodeA;
    ConfigurableApplicationContext nodeB;
    final List<Long> heardOnA = new CopyOnWriteArrayList<>();
    final List<Long> heardOnB = new CopyOnWriteArrayList<>();

    @BeforeEach
    void twoNodes() {
        database = ScratchPostgresDatabase.create("notifications");
        nodeA = start(database.url());
        nodeB = start(database.url());
        nodeA.addApplicationListener(listener(heardOnA));
        nodeB.addApplicationListener(listener(heardOnB));
    }

    @AfterEach
    void stopBoth() {
        try {
            if (nodeA != null) {
                nodeA.close();
            }
            if (nodeB != null) {
                nodeB.close();
            }
        } finally {
            database.close();
        }
    }

    @Test
    void aNotificationStoredThroughNodeAReachesAListenerOnNodeB() throws Exception {
        LessonTestData people = new LessonTestData(nodeA.getBean(OrganisationService.class),
                nodeA.getBean(LessonService.class));
        OrganisationView trust = people.organisation();
        Long told = people.member(trust).memberId();
        Long notTold = people.member(trust).memberId();
        Long toldLater = people.member(trust).memberId();
        Notifications onA = nodeA.getBean(Notifications.class);
        List<String> payloads = new ArrayList<>();

        try (Connection raw = database.connect()) {
            try (Statement listen = raw.createStatement()) {
                listen.execute("listen lessons_portal");
            }
            onA.notify(told, NotificationKind.REVIEW_ASSIGNED, null, "Please review the lesson about fax machines.");
            new TransactionTemplate(nodeA.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
                onA.notify(notTold, NotificationKind.REMINDER, null, "A step that was rolled back.");
                status.setRollbackOnly();
            });
            onA.notify(toldLater, NotificationKind.REMINDER, null, "Your review is due.");

            await().atMost(Duration.ofSeconds(5)).until(() -> heardOnB.contains(toldLater));
            // PostgreSQL delivers in commit order: by now B has heard everything A committed before
            PGConnection pg = raw.unwrap(PGConnection.class);
            await().atMost(Duration.ofSeconds(5)).until(() -> {
                PGNotification[] received = pg.getNotifications(100);
                if (received != null) {
                    for (PGNotification notification : received) {
                        payloads.add(notification.getParameter());
                    }
                }
                return payloads.size() >= 2;
            });
        }

        assertThat(nodeB.getBean(Notifications.class).unreadCount(told)).as("B reads what A stored").isEqualTo(1);
        assertThat(heardOnB).as("B's listener, once per committed notification").containsExactly(told, toldLater);
        assertThat(heardOnA).as("A's own listener, in-process").containsExactly(told, toldLater);
        assertThat(payloads).as("ids only, no personal data").hasSize(2).allMatch(payload -> payload.matches(
                "[0-9a-f]{32} notification (" + told + "|" + toldLater + ")"));
    }

    private static ApplicationListener<PayloadApplicationEvent<?>> listener(List<Long> heard) {
        return event -> {
            if (event.getPayload() instanceof NotificationCreated created) {
                heard.add(created.memberId());
            }
        };
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(WorkflowTestApplication.class).run(
                "--spring.datasource.url=" + url,
                "--spring.jmx.enabled=false",
                "--lessons.search.semantic=false");
    }
}
