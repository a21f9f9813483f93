package org.lessonsportal.workflow.reuse;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.reuse.LessonReuseService;
import org.lessonsportal.domain.reuse.ReuseView;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.workflow.notification.NotificationKind;
import org.lessonsportal.workflow.notification.Notifications;
import org.springframework.stereotype.Component;

/**
 * The follow-up is due: marks the reuse as asked (its lesson page then asks "how did it go?") and tells the person who
 * last recorded it. Nothing happens when the organisation has already said how it went.
 */
@Component("askHowReuseWentDelegate")
@RequiredArgsConstructor
class AskHowReuseWentDelegate implements JavaDelegate {

    private final LessonReuseService reuses;
    private final LessonService lessons;
    private final Notifications notifications;

    @Override
    public void execute(DelegateExecution execution) {
        Long reuseId = ((Number) execution.getVariable(ReuseFollowUpProcess.REUSE_ID)).longValue();
        reuses.askHowItWent(Actor.SYSTEM, reuseId).ifPresent(this::tell);
    }

    private void tell(ReuseView reuse) {
        String title = lessons.get(reuse.lessonId(), Actor.SYSTEM).title();
        notifications.notify(reuse.recordedById(), NotificationKind.REUSE_FOLLOW_UP, reuse.lessonId(),
                "Your organisation said it was using \"" + title + "\". How did it go? Tell other organisations on "
                        + "the lesson's page, and think about writing your own lesson that builds on it.");
    }
}
