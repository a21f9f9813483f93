package org.lessonsportal.workflow.review;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonTakenBack;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.workflow.notification.NotificationKind;
import org.lessonsportal.workflow.notification.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The author took a lesson back to draft (ADR 0034): its review process ends through the {@code lessonTakenBack}
 * message (an interrupting event sub-process, so every open task of the round disappears) and each released reviewer
 * is told they are no longer needed. In the domain's transaction, like {@link LessonEventsListener} (ADR 0021).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
@RequiredArgsConstructor
class TakeBackListener {

    private static final Logger LOG = LoggerFactory.getLogger(TakeBackListener.class);

    private final RuntimeService runtime;
    private final ReviewProcesses processes;
    private final Notifications notifications;
    private final LessonService lessons;

    @EventListener
    public void takenBack(LessonTakenBack event) {
        processes.of(event.lessonId()).ifPresent(process -> {
            try {
                runtime.createMessageCorrelation(LessonReviewProcess.MESSAGE_TAKEN_BACK)
                        .processInstanceId(process)
                        .correlateWithResult();
            } catch (MismatchingMessageCorrelationException olderVersion) {
                // a review started on a version of the process that knew no take-back: end it directly
                runtime.deleteProcessInstance(process, "Taken back to draft by its author");
            }
            LOG.info("Ended the review of lesson {}: taken back to draft by its author", event.lessonId());
        });
        LessonDetails lesson = lessons.get(event.lessonId(), Actor.SYSTEM);
        for (Long reviewerId : event.releasedReviewerIds()) {
            notifications.notify(reviewerId, NotificationKind.REVIEW_CANCELLED, lesson.id(), "You no longer need "
                    + "to review " + ReviewText.quoted(lesson.title()) + ": its author took it back to make "
                    + "changes before the review began. Thank you for your time.");
        }
    }
}
