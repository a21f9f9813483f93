package org.lessonsportal.workflow.review;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.audit.AuditEntry;
import org.lessonsportal.domain.lesson.AssignedReviewer;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.lesson.LessonSummary;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.workflow.notification.NotificationKind;
import org.lessonsportal.workflow.notification.Notifications;
import org.springframework.stereotype.Component;

/** The review's notifications, in plain English. Stored in the transaction of the step that causes them. */
@Component
@RequiredArgsConstructor
class ReviewNotices {

    /** The stable audit code of a publisher sending a lesson back (see {@code LessonService.sendBack}). */
    static final String SENT_BACK = "lesson.sent-back";
    /** The stable audit code of a lesson being declined (see {@code LessonService.decline}). */
    static final String DECLINED = "lesson.declined";

    private final Notifications notifications;
    private final OrganisationService organisations;
    private final LessonService lessons;

    void reviewAssigned(LessonSummary lesson, Long reviewerId, Instant due) {
        notifications.notify(reviewerId, NotificationKind.REVIEW_ASSIGNED, lesson.id(), "You have been asked to "
                + "review " + ReviewText.quoted(lesson.title()) + (lesson.round() > 1 ? " (round " + lesson.round()
                + ", with the author's changes)" : "") + ". Please send your review by " + ReviewText.date(due)
                + ".");
    }

    void changesRequested(LessonSummary lesson) {
        AuditEntry sentBack = sentBack(lesson.id()).orElse(null);
        String message = sentBack == null
                ? "The reviewers asked for changes to " + ReviewText.quoted(lesson.title()) + ". Read their comments, "
                        + "change the lesson and resubmit it."
                : publisher(sentBack.actorId()) + " sent " + ReviewText.quoted(lesson.title()) + " back to you: "
                        + sentBack.reason() + " Change the lesson and resubmit it.";
        notifications.notify(lesson.authorId(), NotificationKind.CHANGES_REQUESTED, lesson.id(), message);
    }

    void remindReviewer(LessonSummary lesson, Long reviewerId, Duration untilEscalation) {
        notifications.notify(reviewerId, NotificationKind.REMINDER, lesson.id(), "Reminder: your review of "
                + ReviewText.quoted(lesson.title()) + " is still waiting. If it is not sent within "
                + ReviewText.period(untilEscalation) + ", a publisher will ask someone else to review it.");
    }

    void remindAuthor(LessonSummary lesson) {
        notifications.notify(lesson.authorId(), NotificationKind.REMINDER, lesson.id(), "Reminder: "
                + ReviewText.quoted(lesson.title()) + " is waiting for your changes. Resubmit it when it is ready, "
                + "or withdraw it if you no longer want it published.");
    }

    void escalatedFromReviewer(LessonSummary lesson, Long reviewerId, Duration after) {
        notifications.notify(reviewerId, NotificationKind.ESCALATION, lesson.id(), "Your review of "
                + ReviewText.quoted(lesson.title()) + " was not sent within " + ReviewText.period(after)
                + ", so it has been passed to a publisher to ask someone else. Thank you for your time.");
    }

    /** Why a publisher has to choose another reviewer for the member who had the review. */
    void reviewerNeeded(LessonSummary lesson, Long formerReviewerId) {
        String name = organisations.memberName(formerReviewerId);
        String why = releaseReason(lesson, formerReviewerId).orElse("");
        String message;
        if (why.startsWith(LessonReviewProcess.COMPETING_INTEREST)) {
            message = name + " declared a competing interest in " + ReviewText.quoted(lesson.title())
                    + ". Choose another reviewer.";
        } else if (why.startsWith(LessonReviewProcess.OVERDUE)) {
            message = name + " did not finish reviewing " + ReviewText.quoted(lesson.title())
                    + " in time. Choose another reviewer, or ask " + name + " again.";
        } else {
            message = ReviewText.quoted(lesson.title()) + " needs another reviewer.";
        }
        toPublishers(lesson, message);
    }

    /** Nobody could be asked automatically: a publisher chooses the round's reviewers. */
    void reviewersNeeded(LessonSummary lesson, ReviewerShortfall shortfall) {
        toPublishers(lesson, ReviewText.quoted(lesson.title()) + " needs reviewers: " + lowerFirst(shortfall.summary())
                + " Choose reviewers for it; the publish queue says who was left out and why.");
    }

    /** Some reviewers were asked at once, fewer than needed: publishers add the rest. */
    void reviewersMissing(LessonSummary lesson, ReviewerShortfall shortfall) {
        toPublishers(lesson, ReviewText.quoted(lesson.title()) + " needs " + (shortfall.missing() == 1
                ? "another reviewer" : shortfall.missing() + " more reviewers") + ". " + shortfall.summary()
                + " The publish queue says who was left out and why.");
    }

    private static String lowerFirst(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }

    void published(LessonSummary lesson) {
        // Followers of the project type or of a matching saved search are told by the follow feature.
        notifications.notify(lesson.authorId(), NotificationKind.PUBLISHED, lesson.id(), ReviewText.quoted(
                lesson.title()) + " has been published. Everyone on the portal can now read it. Thank you for "
                + "sharing what you learned.");
    }

    void declined(LessonSummary lesson) {
        String reason = lessons.auditTrail(lesson.id(), Actor.SYSTEM).stream()
                .filter(e -> DECLINED.equals(e.action())).reduce((a, b) -> b).map(AuditEntry::reason).orElse(null);
        notifications.notify(lesson.authorId(), NotificationKind.DECLINED, lesson.id(), ReviewText.quoted(
                lesson.title()) + " was declined after review and will not be published."
                + (reason == null ? "" : " The reason: " + reason));
    }

    /**
     * A publisher proposed approving a lesson its reviewers recommended declining: the publishers who may confirm it
     * (not the proposer, nor anyone the policy keeps from overruling the reviewers) are asked to.
     */
    void overrideProposed(LessonSummary lesson, Long proposerId) {
        String message = organisations.memberName(proposerId) + " proposes approving "
                + ReviewText.quoted(lesson.title()) + " although its reviewers recommended declining it. Another "
                + "publisher needs to confirm this, or decline the lesson.";
        organisations.membersWithRole(Roles.PUBLISHER).stream().filter(p -> !p.id().equals(proposerId))
                .filter(p -> lessons.allowedActions(lesson.id(), organisations.actor(p.id()))
                        .contains(Action.OVERRIDE_DECLINE))
                .forEach(p -> notifications.notify(p.id(), NotificationKind.ESCALATION, lesson.id(), message));
    }

    /** The publisher's reason if the lesson is back with its author because a publisher sent it back. */
    Optional<String> sentBackReason(Long lessonId) {
        return sentBack(lessonId).map(AuditEntry::reason);
    }

    /** "Pat Publisher, a publisher," or "A publisher": who sent a lesson back. */
    private String publisher(Long memberId) {
        return memberId == null ? "A publisher" : organisations.memberName(memberId) + ", a publisher,";
    }

    /** The publisher's send-back that put the lesson back with its author, when that is how it got there. */
    Optional<AuditEntry> sentBack(Long lessonId) {
        List<AuditEntry> trail = lessons.auditTrail(lessonId, Actor.SYSTEM);
        return trail.stream().filter(e -> LessonState.CHANGES_REQUESTED.name().equals(e.toState()))
                .reduce((a, b) -> b).filter(e -> SENT_BACK.equals(e.action()));
    }

    /** Publishers who may act on the lesson (neither its author nor ever one of its reviewers). */
    private void toPublishers(LessonSummary lesson, String message) {
        Set<Long> conflicted = lessons.reviewers(lesson.id(), Actor.SYSTEM).stream()
                .map(AssignedReviewer::memberId).collect(Collectors.toSet());
        organisations.membersWithRole(Roles.PUBLISHER).stream()
                .filter(p -> !p.id().equals(lesson.authorId()) && !conflicted.contains(p.id()))
                .forEach(p -> notifications.notify(p.id(), NotificationKind.ESCALATION, lesson.id(), message));
    }

    private Optional<String> releaseReason(LessonSummary lesson, Long memberId) {
        return lessons.reviewers(lesson.id(), Actor.SYSTEM).stream()
                .filter(a -> a.memberId().equals(memberId) && a.releasedAt() != null)
                .max(Comparator.comparing(AssignedReviewer::releasedAt))
                .map(AssignedReviewer::releaseReason);
    }
}
