package org.lessonsportal.workflow.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.organisation.OrganisationView;
import org.lessonsportal.domain.pairing.HelpOfferService;
import org.lessonsportal.domain.pairing.PairingService;
import org.lessonsportal.domain.pairing.PairingSettings;
import org.lessonsportal.domain.pairing.PairingState;
import org.lessonsportal.domain.pairing.PairingView;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.testsupport.LessonTestData;
import org.lessonsportal.workflow.ProcessJobs;
import org.lessonsportal.workflow.WorkflowTestApplication;
import org.lessonsportal.workflow.notification.Notification;
import org.lessonsportal.workflow.notification.NotificationKind;
import org.lessonsportal.workflow.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

/**
 * The reply deadline of a request to pair, with shortened durations: the administrators are asked, reminded before
 * the deadline, and the request lapses at it (the asker told); an answer before the deadline ends the process and
 * its timers, and the asker is told.
 */
@SpringBootTest(classes = WorkflowTestApplication.class)
class PairingReplyProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    OrganisationService organisations;
    @Autowired
    LessonService lessons;
    @Autowired
    HelpOfferService offers;
    @Autowired
    PairingService pairings;
    @Autowired
    PairingSettings settings;
    @Autowired
    Notifications notifications;

    private Duration replyWithin;
    private Duration reminderBefore;
    private Actor admin;
    private Actor asker;
    private OrganisationView helper;

    @BeforeEach
    void shortenDurationsAndOffer() {
        replyWithin = settings.getReplyWithin();
        reminderBefore = settings.getReminderBefore();
        settings.setReplyWithin(Duration.ofMinutes(10));
        settings.setReminderBefore(Duration.ofMinutes(4));
        LessonTestData data = new LessonTestData(organisations, lessons);
        helper = data.organisation();
        admin = data.member(helper, Roles.CONTRIBUTOR, Roles.ADMIN);
        asker = data.member(data.organisation(), Roles.CONTRIBUTOR);
        offers.offer(admin, helper.id(), ProjectType.IMAGING, "PACS team", "pacs@example.nhs.uk", "A site visit");
    }

    @AfterEach
    void restore() {
        settings.setReplyWithin(replyWithin);
        settings.setReminderBefore(reminderBefore);
        ClockUtil.reset();
    }

    @Test
    void theAdministratorsAreAskedRemindedBeforeTheDeadlineAndTheRequestLapsesAtIt() {
        Instant start = Instant.now();
        PairingView asked = pairings.ask(asker, helper.id(), ProjectType.IMAGING, "Could we visit your PACS team?");
        ProcessInstance process = process(asked.id());
        assertThat(timer(process, PairingReplyProcess.REPLY_REMINDER).getDuedate().toInstant())
                .isCloseTo(start.plus(Duration.ofMinutes(6)), within(1, ChronoUnit.MINUTES));
        assertThat(timer(process, PairingReplyProcess.REPLY_DEADLINE).getDuedate().toInstant())
                .isEqualTo(asked.replyBy().truncatedTo(ChronoUnit.MILLIS));
        assertThat(kinds(admin)).containsExactly(NotificationKind.PAIRING_REQUESTED);
        assertThat(latest(admin).link()).isEqualTo("organisations/" + helper.odsCode());

        moveClockTo(start.plus(Duration.ofMinutes(7)));
        assertThat(runJobs(process.getId())).isEqualTo(1);
        assertThat(kinds(admin)).containsExactly(NotificationKind.PAIRING_REMINDER,
                NotificationKind.PAIRING_REQUESTED);
        assertThat(latest(admin).message()).contains("still waiting for your answer");
        assertThat(pairings.get(asked.id(), Actor.SYSTEM).state()).isEqualTo(PairingState.WAITING);

        moveClockTo(start.plus(Duration.ofMinutes(11)));
        runJobs(process.getId());
        assertThat(pairings.get(asked.id(), Actor.SYSTEM).state()).isEqualTo(PairingState.LAPSED);
        assertThat(kinds(asker)).containsExactly(NotificationKind.PAIRING_LAPSED);
        assertThat(latest(asker).message()).contains("did not answer your request").contains("has lapsed");
        assertThat(running(asked.id())).isNull();
    }

    @Test
    void anAnswerBeforeTheDeadlineEndsTheProcessAndTheAskerIsTold() {
        PairingView asked = pairings.ask(asker, helper.id(), ProjectType.IMAGING, "Could we visit your PACS team?");
        assertThat(running(asked.id())).isNotNull();

        pairings.decline(admin, asked.id(), "Our team is moving sites until June.");

        assertThat(running(asked.id())).as("no timers left").isNull();
        assertThat(kinds(asker)).containsExactly(NotificationKind.PAIRING_DECLINED);
        assertThat(latest(asker).message()).endsWith(": \"Our team is moving sites until June.\"");

        PairingView again = pairings.ask(asker, helper.id(), ProjectType.IMAGING, "After June, then?");
        pairings.accept(admin, again.id());
        assertThat(running(again.id())).isNull();
        assertThat(latest(asker).kind()).isEqualTo(NotificationKind.PAIRING_ACCEPTED);
        pairings.end(admin, again.id());
        assertThat(latest(asker).kind()).isEqualTo(NotificationKind.PAIRING_ENDED);
        assertThat(kinds(admin)).doesNotContain(NotificationKind.PAIRING_ENDED);
    }

    @Test
    void theProcessNamesOnlyItsOwnVariables() throws Exception {
        String bpmn;
        try (InputStream in = new ClassPathResource("bpmn/pairing-reply.bpmn").getInputStream()) {
            bpmn = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Matcher bare = Pattern.compile("\\$\\{(\\w+)}").matcher(bpmn);
        while (bare.find()) {
            String name = bare.group(1);
            assertThat(PairingReplyProcess.VARIABLES.contains(name) || name.endsWith("Delegate"))
                    .as("%s is a variable of the process or a delegate", name).isTrue();
        }
    }

    private ProcessInstance process(Long pairingId) {
        ProcessInstance process = running(pairingId);
        assertThat(process).as("the reply process of pairing %s", pairingId).isNotNull();
        return process;
    }

    private ProcessInstance running(Long pairingId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PairingReplyProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(pairingId)).singleResult();
    }

    private Job timer(ProcessInstance process, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(process.getId()).timers()
                .activityId(activityId).singleResult();
    }

    private int runJobs(String processInstanceId) {
        return ProcessJobs.runAll(engine, processInstanceId);
    }

    private List<NotificationKind> kinds(Actor member) {
        return notifications.list(member.memberId(), 0, 20).stream().map(Notification::kind).toList();
    }

    private Notification latest(Actor member) {
        return notifications.list(member.memberId(), 0, 1).get(0);
    }

    private static void moveClockTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
