package org.lessonsportal.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.organisation.MemberView;
import org.lessonsportal.domain.organisation.OrganisationDetails;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.organisation.SignIn;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.testsupport.LessonTestData;
import org.lessonsportal.workflow.ProcessJobs;
import org.springframework.stereotype.Component;

/**
 * People, lessons and engine handling for the review tests. People are the demo realm's (names, organisations and
 * roles), each time with a new subject and a unique username, so tests can share a database; organisations are the
 * demo's ODS codes (provisioning is an upsert). A bean of the tests' application, so a test asks for it alone.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReviewTestSupport {

    static final OrganisationDetails NORTHSHIRE = new OrganisationDetails("ZZ1",
            "Northshire Hospitals NHS Foundation Trust", Setting.ACUTE, Region.NORTH_WEST, null);
    static final OrganisationDetails RIVERSIDE = new OrganisationDetails("ZZ2",
            "Riverside Community Health NHS Trust", Setting.COMMUNITY, Region.MIDLANDS, null);
    static final OrganisationDetails OAKFIELD = new OrganisationDetails("ZZ3", "Oakfield Medical Practice",
            Setting.PRIMARY_CARE, Region.SOUTH_WEST, null);
    static final OrganisationDetails NORTHSHIRE_ICB = new OrganisationDetails("QZZ",
            "Northshire and Dale Integrated Care Board", Setting.INTEGRATED_CARE_BOARD, Region.NORTH_WEST, null);

    /** The demo's cast: alice writes; rita (alice's organisation), bob and carol review; pat publishes. */
    record Cast(Actor alice, Actor rita, Actor bob, Actor carol, Actor pat) {
    }

    final OrganisationService organisations;
    final LessonService lessons;
    final ReviewTasks reviewTasks;
    final ProcessEngine engine;

    Cast demoCast() {
        return new Cast(
                signIn("alice", "Alice Author", NORTHSHIRE, Roles.CONTRIBUTOR),
                signIn("rita", "Rita Reviewer", NORTHSHIRE, Roles.CONTRIBUTOR, Roles.REVIEWER),
                signIn("bob", "Bob Reviewer", RIVERSIDE, Roles.CONTRIBUTOR, Roles.REVIEWER),
                signIn("carol", "Carol Reviewer", OAKFIELD, Roles.CONTRIBUTOR, Roles.REVIEWER),
                signIn("pat", "Pat Publisher", NORTHSHIRE_ICB, Roles.CONTRIBUTOR, Roles.PUBLISHER));
    }

    Actor signIn(String username, String name, OrganisationDetails organisation, String... roles) {
        return signIn(username, name, organisation, List.of(), roles);
    }

    /** Someone in several organisations (as their token lists them), acting for {@code organisation}. */
    Actor signIn(String username, String name, OrganisationDetails organisation, List<OrganisationDetails> alsoIn,
            String... roles) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        MemberView member = organisations.recordSignIn(new SignIn(UUID.randomUUID().toString(),
                username + "-" + suffix, name, username + "." + suffix + "@example.nhs.uk", organisation, alsoIn,
                Set.of(roles)));
        return organisations.actor(member.id());
    }

    /** A new organisation of its own (unique ODS code). */
    OrganisationDetails newOrganisation(Setting type) {
        String ods = LessonTestData.unique("Y").toUpperCase(Locale.ROOT);
        return new OrganisationDetails(ods, "Test Trust " + ods, type, Region.LONDON, null);
    }

    LessonDetails draft(Actor author) {
        return lessons.createDraft(author, LessonTestData.complete(LessonTestData.title()));
    }

    /** Submits a new lesson through the task API and runs the engine until the review waits for people. */
    LessonDetails submitted(Actor author) {
        LessonDetails draft = draft(author);
        LessonDetails submitted = reviewTasks.submit(draft.id(), author, draft.version());
        runJobs(process(submitted.id()).getId());
        return submitted;
    }

    /**
     * Submits the draft while an older model of the review process ({@code model}, a classpath resource) is the newest
     * version, then deploys the current model again: a review that started before the model changed.
     */
    ProcessInstance submittedOnModel(String model, LessonDetails draft, Actor author) {
        RepositoryService repository = engine.getRepositoryService();
        repository.createDeployment().name("lesson review, an older model (test)").addClasspathResource(model).deploy();
        try {
            reviewTasks.submit(draft.id(), author, draft.version());
            return process(draft.id());
        } finally {
            repository.createDeployment().name("lesson review, current version (test)")
                    .addClasspathResource("bpmn/lesson-review.bpmn").deploy();
        }
    }

    ProcessInstance process(Long lessonId) {
        ProcessInstance process = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(LessonReviewProcess.KEY).processInstanceBusinessKey(String.valueOf(lessonId))
                .singleResult();
        assertThat(process).as("the review process of lesson %s", lessonId).isNotNull();
        return process;
    }

    String processId(Long lessonId) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(LessonReviewProcess.KEY).processInstanceBusinessKey(String.valueOf(lessonId))
                .singleResult().getId();
    }

    /** Runs the process's due jobs (async continuations, due timers) until none is left; returns how many ran. */
    int runJobs(String processInstanceId) {
        return ProcessJobs.runAll(engine, processInstanceId);
    }

    List<Task> tasks(Long lessonId, TaskKind kind) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(String.valueOf(lessonId))
                .processDefinitionKey(LessonReviewProcess.KEY).taskDefinitionKey(kind.activityId()).list();
    }

    Task task(Long lessonId, TaskKind kind) {
        List<Task> found = tasks(lessonId, kind);
        assertThat(found).as("%s tasks of lesson %s", kind, lessonId).hasSize(1);
        return found.get(0);
    }

    /** The reviewers the process gave the lesson to, as actors. */
    List<Actor> reviewers(Long lessonId) {
        return tasks(lessonId, TaskKind.REVIEW).stream()
                .map(t -> organisations.actor(Long.valueOf(t.getAssignee()))).toList();
    }

    /** The actor's open task of that kind for the lesson, through the task API. */
    ReviewTask openTask(Actor actor, Long lessonId, TaskKind kind) {
        List<ReviewTask> found = reviewTasks.openTasks(actor).stream()
                .filter(t -> t.lessonId().equals(lessonId) && t.kind() == kind).toList();
        assertThat(found).as("%s tasks of lesson %s for member %s", kind, lessonId, actor.memberId()).hasSize(1);
        return found.get(0);
    }

    /** The reviewer sends the decision on their open review of the lesson, through the task API. */
    void sendReview(Actor reviewer, Long lessonId, ReviewDecision decision) {
        reviewTasks.completeReview(openTask(reviewer, lessonId, TaskKind.REVIEW).id(), reviewer, decision);
    }

    /** Each reviewer sends the decision; then the engine runs on. */
    void review(Long lessonId, List<Actor> reviewers, ReviewDecision decision) {
        for (Actor reviewer : reviewers) {
            sendReview(reviewer, lessonId, decision);
        }
        runJobs(processId(lessonId));
    }
}
