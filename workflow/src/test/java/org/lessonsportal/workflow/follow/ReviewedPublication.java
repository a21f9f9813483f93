package org.lessonsportal.workflow.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.lessonsportal.domain.lesson.LessonContent;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.organisation.MemberView;
import org.lessonsportal.domain.organisation.OrganisationDetails;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.organisation.SignIn;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.workflow.ProcessJobs;
import org.lessonsportal.workflow.review.ReviewDecision;
import org.lessonsportal.workflow.review.ReviewTasks;
import org.springframework.stereotype.Component;

/**
 * Publishes lessons the real way for the follow tests: submitted through the task API, reviewed by the reviewers the
 * review process picked (or two of our own when it asks a publisher to choose), approved and published by a
 * publisher, with the engine's jobs run by the test (the job executor is off in this module's tests). A bean of the
 * tests' application, so a test asks for it alone.
 */
@Component
@RequiredArgsConstructor
public class ReviewedPublication {

    private final OrganisationService organisations;
    private final LessonService lessons;
    private final ReviewTasks reviewTasks;
    private final ProcessEngine engine;

    /** Who a publication needs: its author, its publisher, and the reviewers chosen if a publisher is asked to. */
    public record Crew(Actor author, Actor publisher, List<Actor> reviewers) {
    }

    /** A new author, publisher and two reviewers, each in an organisation of their own. */
    public Crew crew() {
        return new Crew(person("Alice Author", Roles.CONTRIBUTOR),
                person("Pat Publisher", Roles.CONTRIBUTOR, Roles.PUBLISHER),
                List.of(person("Bob Reviewer", Roles.CONTRIBUTOR, Roles.REVIEWER),
                        person("Carol Reviewer", Roles.CONTRIBUTOR, Roles.REVIEWER)));
    }

    /** Someone new in an organisation of their own (unique ODS code), with an e-mail address. */
    public Actor person(String name, String... roles) {
        String ods = "F" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase(Locale.ROOT);
        String subject = UUID.randomUUID().toString();
        String username = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "." + subject.substring(0, 8);
        MemberView member = organisations.recordSignIn(new SignIn(subject, username, name, username + "@example.nhs.uk",
                new OrganisationDetails(ods, "Follow Test Trust " + ods, Setting.ACUTE, Region.LONDON, null),
                Set.of(roles)));
        return organisations.actor(member.id());
    }

    String email(Actor actor) {
        return organisations.getMember(actor.memberId()).email();
    }

    /**
     * The crew's author writes and submits the lesson, it is reviewed and approved, and the crew's publisher
     * publishes it; returns it published. The reviewers are whoever the process picks; the crew's reviewers are
     * chosen when it asks a publisher instead.
     */
    public LessonDetails publish(Crew crew, LessonContent content) {
        Actor publisher = crew.publisher();
        LessonDetails draft = lessons.createDraft(crew.author(), content);
        reviewTasks.submit(draft.id(), crew.author(), draft.version());
        Long lessonId = draft.id();
        runJobs(lessonId);
        List<Task> choose = tasks(lessonId, "chooseReviewers");
        if (!choose.isEmpty()) {
            reviewTasks.assignReviewers(choose.get(0).getId(), publisher,
                    crew.reviewers().stream().map(Actor::memberId).toList());
            runJobs(lessonId);
        }
        List<Task> reviews = tasks(lessonId, "reviewLesson");
        assertThat(reviews).as("review tasks of lesson %s", lessonId).isNotEmpty();
        for (Task review : reviews) {
            reviewTasks.completeReview(review.getId(), organisations.actor(Long.valueOf(review.getAssignee())),
                    ReviewDecision.approve(null));
        }
        runJobs(lessonId);
        List<Task> publish = tasks(lessonId, "publishLesson");
        assertThat(publish).as("the publish task of lesson %s", lessonId).hasSize(1);
        reviewTasks.publish(publish.get(0).getId(), publisher);
        runJobs(lessonId);
        LessonDetails published = lessons.get(lessonId, Actor.SYSTEM);
        assertThat(published.state()).isEqualTo(LessonState.PUBLISHED);
        return published;
    }

    private List<Task> tasks(Long lessonId, String activityId) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(String.valueOf(lessonId))
                .taskDefinitionKey(activityId).list();
    }

    /** Runs the review's due jobs (async continuations) until none is left. */
    private void runJobs(Long lessonId) {
        String processId = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(lessonId)).singleResult().getId();
        ProcessJobs.runAll(engine, processId);
    }
}
