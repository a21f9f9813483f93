package org.lessonsportal.workflow.review;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.lessonsportal.domain.lesson.LessonPublished;
import org.lessonsportal.domain.lesson.LessonResubmitted;
import org.lessonsportal.domain.lesson.LessonSentBack;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.lesson.LessonSubmitted;
import org.lessonsportal.domain.lesson.LessonWithdrawn;
import org.lessonsportal.domain.review.ReviewCompleted;
import org.lessonsportal.domain.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves the review process when a person changes the lesson through the domain: submitting starts the review,
 * resubmitting, recording a review, publishing and sending back complete the waiting task, withdrawing ends the
 * review. Runs inside the domain's transaction (synchronous listeners, {@code MANDATORY}), and the engine shares that
 * transaction, so the lesson and its process change together or not at all: if the process cannot follow, the
 * domain change is rolled back too.
 * <p>
 * Lessons without a review process (imported, or in review before the workflow existed) are left alone.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
@RequiredArgsConstructor
class LessonEventsListener {

    private static final Logger LOG = LoggerFactory.getLogger(LessonEventsListener.class);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ReviewProcesses processes;
    private final TasksInHand inHand;

    @EventListener
    public void submitted(LessonSubmitted event) {
        if (processes.of(event.lessonId()).isPresent()) {
            throw new IllegalStateException("Lesson " + event.lessonId() + " already has a review process");
        }
        runtime.createProcessInstanceByKey(LessonReviewProcess.KEY)
                .businessKey(String.valueOf(event.lessonId()))
                .setVariables(ReviewVariables.atStart(event.lessonId(), event.authorId()))
                .execute();
        LOG.info("Started the review of lesson {}", event.lessonId());
    }

    @EventListener
    public void resubmitted(LessonResubmitted event) {
        complete(event.lessonId(), TaskKind.REVISE, null);
    }

    @EventListener
    public void reviewed(ReviewCompleted event) {
        complete(event.lessonId(), TaskKind.REVIEW, String.valueOf(event.reviewerId()));
    }

    @EventListener
    public void published(LessonPublished event) {
        complete(event.lessonId(), TaskKind.PUBLISH, null);
    }

    @EventListener
    public void sentBack(LessonSentBack event) {
        if (processes.of(event.lessonId()).isPresent() && event.state() != LessonState.CHANGES_REQUESTED) {
            throw new DomainException("An approved lesson can only be sent back to its author. To have it reviewed "
                    + "again, send it back to the author, who resubmits it for a new round.");
        }
        complete(event.lessonId(), TaskKind.PUBLISH, null);
    }

    @EventListener
    public void withdrawn(LessonWithdrawn event) {
        processes.of(event.lessonId()).ifPresent(process -> {
            runtime.createMessageCorrelation(LessonReviewProcess.MESSAGE_WITHDRAWN)
                    .processInstanceId(process)
                    .correlateWithResult();
            LOG.info("Ended the review of lesson {}: withdrawn", event.lessonId());
        });
    }

    private void complete(Long lessonId, TaskKind kind, String assignee) {
        Optional<String> held = inHand.take(lessonId, kind, assignee);
        if (held.isPresent()) {
            // the person acted on this open task in this transaction (ReviewTasks): no need to look for it again
            tasks.complete(held.get());
            return;
        }
        String process = processes.of(lessonId).orElse(null);
        if (process == null) {
            LOG.debug("Lesson {} has no review process; nothing to move", lessonId);
            return;
        }
        List<Task> waiting = processes.openTasks(process, kind, assignee);
        if (waiting.size() != 1) {
            // the domain allowed the step, so the process must be waiting for it: they disagree, so refuse the step
            throw new IllegalStateException("The review of lesson " + lessonId + " is not waiting for one "
                    + kind + " task" + (assignee == null ? "" : " of member " + assignee) + " but for "
                    + waiting.size());
        }
        tasks.complete(waiting.get(0).getId());
    }
}
