package org.lessonsportal.workflow.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonContent;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.organisation.MemberView;
import org.lessonsportal.domain.organisation.OrganisationDetails;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.organisation.SignIn;
import org.lessonsportal.domain.question.QuestionService;
import org.lessonsportal.domain.question.QuestionView;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.testsupport.LessonTestData;
import org.lessonsportal.workflow.ProcessJobs;
import org.lessonsportal.workflow.WorkflowTestApplication;
import org.lessonsportal.workflow.notification.Notification;
import org.lessonsportal.workflow.notification.NotificationKind;
import org.lessonsportal.workflow.notification.Notifications;
import org.lessonsportal.workflow.review.ReviewDecision;
import org.lessonsportal.workflow.review.ReviewTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A question's process: the author and colleagues who opted in are told at once; unanswered, the rest of the lesson's
 * organisation after {@code lessons.questions.escalate-after} and the publishers after {@code flag-after} (shortened
 * here to an hour and two); the first answer ends it and tells the asker. The engine's clock is moved forward and
 * the due timer jobs run by the test.
 */
@SpringBootTest(classes = WorkflowTestApplication.class, properties = {
        "lessons.questions.escalate-after=PT1H", "lessons.questions.flag-after=PT2H"})
class QuestionTimersProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    QuestionService questions;
    @Autowired
    LessonService lessons;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ReviewTasks reviewTasks;
    @Autowired
    Notifications notifications;

    OrganisationDetails home;
    Actor author;
    Actor keen;
    Actor quiet;
    Actor asker;
    Actor publisher;
    LessonDetails lesson;

    @BeforeEach
    void publishALesson() {
        BpmnAwareTests.init(engine);
        home = organisation();
        author = person("Alice Author", home, Roles.CONTRIBUTOR);
        keen = person("Kim Keen", home, Roles.CONTRIBUTOR);
        quiet = person("Quinn Quiet", home, Roles.CONTRIBUTOR);
        asker = person("Asha Asker", organisation(), Roles.CONTRIBUTOR);
        publisher = person("Pat Publisher", organisation(), Roles.CONTRIBUTOR, Roles.PUBLISHER);
        lesson = published();
        questions.tellMeAboutQuestions(keen, true);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anUnansweredQuestionGoesToTheRestOfTheOrganisationThenToPublishersAndIsStillAnsweredAfterwards() {
        Instant start = Instant.now();
        QuestionView question = questions.ask(asker, lesson.id(), "How did you train the night staff?");
        ProcessInstance process = process(question.id());

        assertThat(process).isWaitingAt(LessonQuestionProcess.WAIT_FOR_ANSWER)
                .hasPassed(LessonQuestionProcess.TELL_TEAM);
        assertThat(kinds(author)).containsExactly(NotificationKind.QUESTION_ASKED);
        assertThat(kinds(keen)).containsExactly(NotificationKind.QUESTION_ASKED);
        assertThat(kinds(quiet)).as("not opted in").isEmpty();
        assertThat(latest(author).message()).contains("Asha Asker", "How did you train the night staff?");
        assertThat(timer(process, LessonQuestionProcess.ESCALATION_DUE).getDuedate().toInstant())
                .isCloseTo(start.plus(Duration.ofHours(1)), within(2, ChronoUnit.MINUTES));
        assertThat(timer(process, LessonQuestionProcess.FLAG_DUE).getDuedate().toInstant())
                .isCloseTo(start.plus(Duration.ofHours(2)), within(2, ChronoUnit.MINUTES));

        moveClockTo(start.plus(Duration.ofMinutes(65)));
        assertThat(runJobs(process.getId())).isEqualTo(1);
        assertThat(kinds(quiet)).containsExactly(NotificationKind.QUESTION_WAITING);
        assertThat(latest(quiet).message()).contains("has waited 1 hour for an answer");
        assertThat(kinds(author)).as("told once already").containsExactly(NotificationKind.QUESTION_ASKED);
        assertThat(kinds(publisher)).isEmpty();
        assertThat(process).isWaitingAt(LessonQuestionProcess.WAIT_FOR_ANSWER);

        moveClockTo(start.plus(Duration.ofMinutes(125)));
        assertThat(runJobs(process.getId())).isEqualTo(1);
        assertThat(kinds(publisher)).containsExactly(NotificationKind.QUESTION_WAITING);
        assertThat(latest(publisher).message()).contains("has had no answer for 2 hours");
        assertThat(process).as("nothing more to chase: the process does not wait for ever").isEnded()
                .hasPassed(LessonQuestionProcess.FLAG_DUE);

        questions.answer(quiet, question.id(), "Short sessions at handover, over two weeks.");
        assertThat(kinds(asker)).containsExactly(NotificationKind.QUESTION_ANSWERED);
        assertThat(latest(asker).message()).startsWith("Quinn Quiet answered your question");
    }

    @Test
    void aQuestionAnsweredInTimeIsNeverEscalated() {
        Instant start = Instant.now();
        QuestionView question = questions.ask(asker, lesson.id(), "Which supplier did you choose?");
        ProcessInstance process = process(question.id());

        questions.answer(author, question.id(), "We chose through the national framework.");
        questions.answer(keen, question.id(), "And we kept the old one for a month.");

        assertThat(process).isEnded();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(process.getId()).count())
                .isZero();
        assertThat(kinds(asker)).containsExactly(NotificationKind.QUESTION_ANSWERED,
                NotificationKind.QUESTION_ANSWERED);
        moveClockTo(start.plus(Duration.ofHours(3)));
        assertThat(engine.getManagementService().createJobQuery().executable().list())
                .as("no timer of this question is left to run").noneMatch(job ->
                        process.getId().equals(job.getProcessInstanceId()));
        assertThat(kinds(quiet)).isEmpty();
        assertThat(kinds(publisher)).isEmpty();
    }

    @Test
    void publishersAreToldOfAReportedAnswer() {
        QuestionView question = questions.ask(asker, lesson.id(), "What did the licences cost?");
        Long answer = questions.answer(author, question.id(), "Ring me and I will tell you.").id();

        questions.report(asker, answer, "Not an answer.");

        assertThat(notifications.list(publisher.memberId(), 0, 10)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.ANSWER_REPORTED);
            assertThat(n.message()).startsWith("An answer by Alice Author to a question about");
        });
    }

    private ProcessInstance process(Long questionId) {
        ProcessInstance process = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(LessonQuestionProcess.KEY)
                .processInstanceBusinessKey(LessonQuestionProcess.businessKey(questionId)).singleResult();
        assertThat(process).as("the process of question %s", questionId).isNotNull();
        return process;
    }

    private Job timer(ProcessInstance process, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(process.getId()).timers()
                .activityId(activityId).singleResult();
    }

    private List<NotificationKind> kinds(Actor member) {
        List<NotificationKind> oldestFirst = new ArrayList<>(notifications.list(member.memberId(), 0, 50).stream()
                .map(Notification::kind).filter(k -> k.name().startsWith("QUESTION")).toList());
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private Notification latest(Actor member) {
        return notifications.list(member.memberId(), 0, 1).get(0);
    }

    private static void moveClockTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    private int runJobs(String processInstanceId) {
        return ProcessJobs.runAll(engine, processInstanceId);
    }

    private static OrganisationDetails organisation() {
        String ods = "Q" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase(Locale.ROOT);
        return new OrganisationDetails(ods, "Question Test Trust " + ods, Setting.ACUTE, Region.LONDON, null);
    }

    private Actor person(String name, OrganisationDetails organisation, String... roles) {
        String subject = UUID.randomUUID().toString();
        String username = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "." + subject.substring(0, 8);
        MemberView member = organisations.recordSignIn(new SignIn(subject, username, name, username
                + "@example.nhs.uk", organisation, Set.of(roles)));
        return organisations.actor(member.id());
    }

    /** Alice's lesson, submitted, reviewed by whoever the process picks (or two reviewers of our own), published. */
    private LessonDetails published() {
        LessonDetails draft = lessons.createDraft(author, content());
        reviewTasks.submit(draft.id(), author, draft.version());
        Long lessonId = draft.id();
        runReviewJobs(lessonId);
        List<Task> choose = tasks(lessonId, "chooseReviewers");
        if (!choose.isEmpty()) {
            reviewTasks.assignReviewers(choose.get(0).getId(), publisher, List.of(
                    person("Bob Reviewer", organisation(), Roles.REVIEWER).memberId(),
                    person("Carol Reviewer", organisation(), Roles.REVIEWER).memberId()));
            runReviewJobs(lessonId);
        }
        for (Task review : tasks(lessonId, "reviewLesson")) {
            reviewTasks.completeReview(review.getId(), organisations.actor(Long.valueOf(review.getAssignee())),
                    ReviewDecision.approve(null));
        }
        runReviewJobs(lessonId);
        reviewTasks.publish(tasks(lessonId, "publishLesson").get(0).getId(), publisher);
        runReviewJobs(lessonId);
        LessonDetails published = lessons.get(lessonId, Actor.SYSTEM);
        assertThat(published.state()).isEqualTo(LessonState.PUBLISHED);
        return published;
    }

    private List<Task> tasks(Long lessonId, String activityId) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey("lessonReview")
                .processInstanceBusinessKey(String.valueOf(lessonId)).taskDefinitionKey(activityId).list();
    }

    private void runReviewJobs(Long lessonId) {
        runJobs(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("lessonReview")
                .processInstanceBusinessKey(String.valueOf(lessonId)).singleResult().getId());
    }

    private static LessonContent content() {
        return LessonTestData.complete(LessonTestData.title());
    }
}
