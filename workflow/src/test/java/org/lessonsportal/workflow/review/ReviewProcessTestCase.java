package org.lessonsportal.workflow.review;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.workflow.WorkflowTestApplication;
import org.lessonsportal.workflow.notification.Notifications;
import org.lessonsportal.workflow.review.ReviewTestSupport.Cast;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What most review workflow tests start from: the engine and the services, and before each test a new cast of demo
 * people in organisations of their own ({@link ReviewTestSupport#demoCast}).
 */
@SpringBootTest(classes = WorkflowTestApplication.class)
abstract class ReviewProcessTestCase {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ReviewTasks reviewTasks;
    @Autowired
    LessonService lessons;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ReviewSettings settings;
    @Autowired
    ReviewTestSupport support;
    @Autowired
    KnownReviewers knownReviewers;
    @Autowired
    Notifications notifications;

    Cast cast;

    @BeforeEach
    void setUpCast() {
        BpmnAwareTests.init(engine);
        cast = support.demoCast();
    }

    /**
     * A lesson by alice, submitted while the portal knows no reviewer, so that nobody is picked automatically and the
     * review waits for a publisher to choose its reviewers.
     */
    LessonDetails submittedForAPublisherToChooseReviewers() {
        return knownReviewers.onlyAmong(List.of(), () -> support.submitted(cast.alice()));
    }

    /** Pat gives the lesson to the chosen reviewers, through the "choose reviewers" task. */
    void patChoosesReviewers(LessonDetails lesson, List<Actor> chosen) {
        reviewTasks.assignReviewers(support.openTask(cast.pat(), lesson.id(), TaskKind.ASSIGN_REVIEWERS).id(),
                cast.pat(), chosen.stream().map(Actor::memberId).toList());
    }
}
