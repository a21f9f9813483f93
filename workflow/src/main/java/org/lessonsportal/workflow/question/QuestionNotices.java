package org.lessonsportal.workflow.question;

import java.time.Duration;
import java.util.List;
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

    /** The author and the colleagues who opted in. */
    void asked(Long questionId) {
        QuestionView question = questions.get(questionId, Actor.SYSTEM);
        LessonDetails lesson = lessons.get(question.lessonId(), Actor.SYSTEM);
        String message = question.askedByName() + " of " + question.organisationName() + " asked a question about "
                + "your organisation's lesson " + quoted(lesson.title()) + ": \"" + quote(question.text())
                + "\" Open the lesson to answer it.";
        questions.toTellAtOnce(questionId).forEach(member ->
                notifications.notify(member, NotificationKind.QUESTION_ASKED, lesson.id(), message));
    }

    /**
     * The rest of the lesson's organisation, when nobody answered in time and the lesson is still published (an
     * archived lesson's questions can no longer be answered); returns how many were told.
     */
    int escalate(Long questionId, Duration waited) {
        if (questions.isAnswered(questionId)) {
            return 0;
        }
        QuestionView question = questions.get(questionId, Actor.SYSTEM);
        LessonDetails lesson = lessons.get(question.lessonId(), Actor.SYSTEM);
        if (lesson.state() != LessonState.PUBLISHED) {
            return 0;
        }
        String message = "A question about your organisation's lesson " + quoted(lesson.title()) + " has waited "
                + days(waited) + " for an answer: \"" + quote(question.text()) + "\" Can you answer it?";
        List<Long> rest = questions.restOfTheTeam(questionId);
        rest.forEach(member -> notifications.notify(member, NotificationKind.QUESTION_WAITING, lesson.id(), message));
        return rest.size();
    }

    /** The publishers, when the question is still unanswered on a published lesson; returns how many were told. */
    int flag(Long questionId, Duration waited) {
        if (questions.isAnswered(questionId)) {
            return 0;
        }
        QuestionView question = questions.get(questionId, Actor.SYSTEM);
        LessonDetails lesson = lessons.get(question.lessonId(), Actor.SYSTEM);
        if (lesson.state() != LessonState.PUBLISHED) {
            return 0;
        }
        String message = "A question from " + question.organisationName() + " about " + quoted(lesson.title())
                + " (from " + organisations.organisationName(lesson.organisationId()) + ") has had no answer for "
                + days(waited) + ": \"" + quote(question.text()) + "\" Could you find someone to answer it?";
        List<MemberView> publishers = organisations.membersWithRole(Roles.PUBLISHER);
        publishers.forEach(p -> notifications.notify(p.id(), NotificationKind.QUESTION_WAITING, lesson.id(),
                message));
        return publishers.size();
    }

    /** The asker, at every answer. */
    void answered(Long questionId, Long answeredBy) {
        QuestionView question = questions.get(questionId, Actor.SYSTEM);
        LessonDetails lesson = lessons.get(question.lessonId(), Actor.SYSTEM);
        notifications.notify(question.askedBy(), NotificationKind.QUESTION_ANSWERED, lesson.id(),
                organisations.memberName(answeredBy) + " answered your question about " + quoted(lesson.title())
                        + ": \"" + quote(question.text()) + "\"");
    }

    /** The publishers, when someone reported an answer: they may hide it. */
    void reported(Long questionId, Long answerId) {
        QuestionView question = questions.get(questionId, Actor.SYSTEM);
        LessonDetails lesson = lessons.get(question.lessonId(), Actor.SYSTEM);
        String answeredBy = question.answers().stream().filter(a -> a.id().equals(answerId)).findFirst()
                .map(a -> a.answeredByName()).orElse("someone");
        String message = "An answer by " + answeredBy + " to a question about " + quoted(lesson.title())
                + " was reported. Open the lesson to read it and hide it if it should not be there.";
        organisations.membersWithRole(Roles.PUBLISHER).forEach(p -> notifications.notify(p.id(),
                NotificationKind.ANSWER_REPORTED, lesson.id(), message));
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
