package org.lessonsportal.workflow.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.reuse.LessonReuseService;
import org.lessonsportal.domain.reuse.ReuseStage;
import org.lessonsportal.domain.reuse.ReuseView;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.testsupport.LessonTestData;
import org.lessonsportal.workflow.WorkflowTestApplication;
import org.lessonsportal.workflow.follow.ReviewedPublication;
import org.lessonsportal.workflow.follow.ReviewedPublication.Crew;
import org.lessonsportal.workflow.notification.Notification;
import org.lessonsportal.workflow.notification.NotificationKind;
import org.lessonsportal.workflow.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * "We are using this", six months on: the follow-up waits the configured time (six months by default), then the
 * reusing organisation is asked how it went, once; saying it stopped ends the follow-up before it asks. The engine's
 * clock is moved and the due timer run by the test.
 */
@SpringBootTest(classes = WorkflowTestApplication.class)
class ReuseFollowUpProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ReviewedPublication publication;
    @Autowired
    LessonReuseService reuses;
    @Autowired
    Notifications notifications;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void sixMonthsAfterAnOrganisationStartsReusingALessonItIsAskedOnceHowItWent() {
        Crew crew = publication.crew();
        LessonDetails lesson = publication.publish(crew, LessonTestData.complete(LessonTestData.title()));
        Actor carol = publication.person("Carol Contributor", Roles.CONTRIBUTOR);
        Instant start = Instant.now();

        ReuseView reuse = reuses.record(carol, lesson.id(), ReuseStage.PLANNING, null);
        reuses.record(carol, lesson.id(), ReuseStage.UNDER_WAY, "Started in March.");
        List<ProcessInstance> followUps = followUps(reuse.id());
        assertThat(followUps).as("one follow-up however often the reuse changes").hasSize(1);
        Job timer = engine.getManagementService().createJobQuery()
                .processInstanceId(followUps.get(0).getId()).timers().singleResult();
        assertThat(timer.getDuedate().toInstant()).isCloseTo(
                start.atOffset(ZoneOffset.UTC).plusMonths(6).toInstant(), within(1, ChronoUnit.DAYS));

        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plus(1, ChronoUnit.MINUTES)));
        engine.getManagementService().executeJob(timer.getId());

        assertThat(followUps(reuse.id())).as("the follow-up has ended").isEmpty();
        assertThat(reuses.awaitingOutcome(carol)).extracting(ReuseView::lessonId).containsExactly(lesson.id());
        assertThat(notifications.list(carol.memberId(), 0, 10)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.REUSE_FOLLOW_UP);
            assertThat(n.message()).contains(lesson.title()).contains("How did it go?");
            assertThat(n.link()).isEqualTo("lessons/" + lesson.id());
        });
    }

    @Test
    void anOrganisationThatStopsReusingALessonIsNeverAsked() {
        Crew crew = publication.crew();
        LessonDetails lesson = publication.publish(crew, LessonTestData.complete(LessonTestData.title()));
        Actor carol = publication.person("Carol Contributor", Roles.CONTRIBUTOR);
        ReuseView reuse = reuses.record(carol, lesson.id(), ReuseStage.PLANNING, null);
        assertThat(followUps(reuse.id())).hasSize(1);

        reuses.stop(carol, lesson.id());

        assertThat(followUps(reuse.id())).isEmpty();
        assertThat(notifications.list(carol.memberId(), 0, 10)).extracting(Notification::kind)
                .doesNotContain(NotificationKind.REUSE_FOLLOW_UP);
    }

    private List<ProcessInstance> followUps(Long reuseId) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ReuseFollowUpProcess.KEY).processInstanceBusinessKey(String.valueOf(reuseId))
                .list();
    }
}
