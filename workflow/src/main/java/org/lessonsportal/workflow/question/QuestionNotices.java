package org.lessonsportal.workflow.question;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.organisation.MemberView;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.question.QuestionService;
import org.lessonsportal.domain.question.QuestionView;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.workflow.notification.NotificationKind;
import org.lessonsportal.workflow.notification.Notifications;
import org.springframework.stereotype.Component;

/**
 * What people are told about a question, in plain words, through {@link Notifications} (in the portal, and by e-mail
 * when the portal sends them), in the caller's transaction.
 */
@Component
@RequiredArgsConstructor
class QuestionNotices {

    private static final int QUOTE_MAX = 200;

    private final QuestionService questions;
    private final LessonService lessons;
    private final OrganisationService organisations;
    private final Notifications notifications;

    /** A question and the lesson it is about. */
    private record Asked(QuestionView question, LessonDetails lesson) {
    }

    /** The author and the colleagues who opted in. */
    void asked(Long questionId) {
        Asked asked = load(questionId);
        String message = asked.question().askedByName() + " of " + asked.question().organisationName()
                + " asked a question about your organisation's lesson " + quoted(asked.lesson().title()) + ": \""
                + quote(asked.question().text()) + "\" Open the lesson to answer it.";
        questions.toTellAtOnce(questionId).forEach(member ->
                notifications.notify(member, NotificationKind.QUESTION_ASKED, asked.lesson().id(), message));
    }

    /**
     * The rest of the lesson's organisation, when nobody answered in time and the lesson is still published; returns
     * how many were told.
     */
    int escalate(Long questionId, Duration waited) {
        return unanswered(questionId).map(asked -> {
            String message = "A question about your organisation's lesson " + quoted(asked.lesson().title())
                    + " has waited " + days(waited) + " for an answer: \"" + quote(asked.question().text())
                    + "\" Can you answer it?";
            List<Long> rest = questions.restOfTheTeam(questionId);
            rest.forEach(member -> notifications.notify(member, NotificationKind.QUESTION_WAITING,
                    asked.lesson().id(), message));
            return rest.size();
        }).orElse(0);
    }

    /** The publishers, when the question is still unanswered on a published lesson; returns how many were told. */
    int flag(Long questionId, Duration waited) {
        return unanswered(questionId).map(asked -> {
            LessonDetails lesson = asked.lesson();
            String message = "A question from " + asked.question().organisationName() + " about "
                    + quoted(lesson.title()) + " (from " + organisations.organisationName(lesson.organisationId())
                    + ") has had no answer for " + days(waited) + ": \"" + quote(asked.question().text())
                    + "\" Could you find someone to answer it?";
            return tellPublishers(NotificationKind.QUESTION_WAITING, lesson.id(), message);
        }).orElse(0);
    }

    /** The asker, at every answer. */
    void answered(Long questionId, Long answeredBy) {
        Asked asked = load(questionId);
        notifications.notify(asked.question().askedBy(), NotificationKind.QUESTION_ANSWERED, asked.lesson().id(),
                organisations.memberName(answeredBy) + " answered your question about "
                        + quoted(asked.lesson().title()) + ": \"" + quote(asked.question().text()) + "\"");
    }

    /** The publishers, when someone reported an answer: they may hide it. */
    void reported(Long questionId, Long answerId) {
        Asked asked = load(questionId);
        String answeredBy = asked.question().answers().stream().filter(a -> a.id().equals(answerId)).findFirst()
                .map(a -> a.answeredByName()).orElse("someone");
        String message = "An answer by " + answeredBy + " to a question about " + quoted(asked.lesson().title())
                + " was reported. Open the lesson to read it and hide it if it should not be there.";
        tellPublishers(NotificationKind.ANSWER_REPORTED, asked.lesson().id(), message);
    }

    private Asked load(Long questionId) {
        QuestionView question = questions.get(questionId, Actor.SYSTEM);
        return new Asked(question, lessons.get(question.lessonId(), Actor.SYSTEM));
    }

    /**
     * The question while it still waits for an answer on a published lesson (an archived lesson's questions can no
     * longer be answered); empty when there is nobody to tell.
     */
    private Optional<Asked> unanswered(Long questionId) {
        if (questions.isAnswered(questionId)) {
            return Optional.empty();
        }
        Asked asked = load(questionId);
        return asked.lesson().state() == LessonState.PUBLISHED ? Optional.of(asked) : Optional.empty();
    }

    /** Tells every publisher; returns how many were told. */
    private int tellPublishers(NotificationKind kind, Long lessonId, String message) {
        List<MemberView> publishers = organisations.membersWithRole(Roles.PUBLISHER);
        publishers.forEach(publisher -> notifications.notify(publisher.id(), kind, lessonId, message));
        return publishers.size();
    }

    private static String quoted(String title) {
        return title == null || title.isBlank() ? "the lesson" : "“" + title + "”";
    }

    private static String quote(String text) {
        return text.length() <= QUOTE_MAX ? text : text.substring(0, QUOTE_MAX - 1) + "…";
    }

    private static String days(Duration waited) {
        long days = waited.toDays();
        if (days >= 1) {
            return days == 1 ? "1 day" : days + " days";
        }
        long hours = Math.max(1, waited.toHours());
        return hours == 1 ? "1 hour" : hours + " hours";
    }
}
