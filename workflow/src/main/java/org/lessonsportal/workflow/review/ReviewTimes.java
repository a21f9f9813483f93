package org.lessonsportal.workflow.review;

import java.time.Duration;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The review's periods ({@code lessons.review.*}), as they apply to a process: the current settings, or for a process
 * started on the review's first version (which copied them into its variables) the periods it started with. The
 * process names this bean for the author's reminder timer (docs/adr/0065).
 */
@Component("reviewTimes")
@RequiredArgsConstructor
public class ReviewTimes {

    private final ReviewSettings settings;

    /** For the revise task's reminder timer: ISO-8601. */
    public String getReviseReminderAfter() {
        return settings.getReviseReminderAfter().toString();
    }

    /** How long after a reviewer is asked they are reminded. */
    Duration reminderAfter(ReviewVariables process) {
        return process.startedWith(LessonReviewProcess.REMINDER_AFTER).orElseGet(settings::getReminderAfter);
    }

    /** How long after a reviewer is asked the review is taken off them. */
    Duration escalateAfter(ReviewVariables process) {
        return process.startedWith(LessonReviewProcess.ESCALATE_AFTER).orElseGet(settings::getEscalateAfter);
    }

    /** How long after changes are asked for the author is reminded. */
    Duration reviseReminderAfter(ReviewVariables process) {
        return process.startedWith(LessonReviewProcess.REVISE_REMINDER_AFTER)
                .orElseGet(settings::getReviseReminderAfter);
    }}
