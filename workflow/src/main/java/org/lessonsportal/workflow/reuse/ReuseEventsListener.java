package org.lessonsportal.workflow.reuse;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.reuse.LessonReuseStarted;
import org.lessonsportal.domain.reuse.LessonReuseStopped;
import org.lessonsportal.workflow.shared.KeyedProcesses;
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

    private final KeyedProcesses processes;
    private final ReuseSettings settings;

    @EventListener
    public void started(LessonReuseStarted event) {
        processes.start(ReuseFollowUpProcess.KEY, String.valueOf(event.reuseId()), Map.of(
                ReuseFollowUpProcess.REUSE_ID, event.reuseId(),
                ReuseFollowUpProcess.FOLLOW_UP_AFTER, settings.followUpAfter()));
    }

    @EventListener
    public void stopped(LessonReuseStopped event) {
        processes.delete(ReuseFollowUpProcess.KEY, String.valueOf(event.reuseId()),
                "The organisation stopped reusing the lesson");
    }
}
