package org.lessonsportal.workflow.reuse;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.lessonsportal.domain.reuse.LessonReuseStarted;
import org.lessonsportal.domain.reuse.LessonReuseStopped;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the follow-up when an organisation first says it is reusing a lesson, and ends it when the organisation says
 * it stopped. Runs inside the domain's transaction (the engine shares it), so the reuse and its follow-up are stored
 * together or not at all.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
@RequiredArgsConstructor
class ReuseEventsListener {

    private final RuntimeService runtime;
    private final ReuseSettings settings;

    @EventListener
    public void started(LessonReuseStarted event) {
        runtime.createProcessInstanceByKey(ReuseFollowUpProcess.KEY)
                .businessKey(String.valueOf(event.reuseId()))
                .setVariables(Map.of(ReuseFollowUpProcess.REUSE_ID, event.reuseId(),
                        ReuseFollowUpProcess.FOLLOW_UP_AFTER, settings.followUpAfter()))
                .execute();
    }

    @EventListener
    public void stopped(LessonReuseStopped event) {
        runtime.createProcessInstanceQuery().processDefinitionKey(ReuseFollowUpProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(event.reuseId())).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "The organisation stopped reusing the lesson"));
    }
}
