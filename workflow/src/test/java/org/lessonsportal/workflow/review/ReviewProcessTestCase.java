package org.lessonsportal.workflow.review;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.workflow.WorkflowTestApplication;
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

    ReviewTestSupport support;
    Cast cast;

    @BeforeEach
    void setUpCast() {
        BpmnAwareTests.init(engine);
        support = new ReviewTestSupport(organisations, lessons, reviewTasks, engine);
        cast = support.demoCast();
    }
}
