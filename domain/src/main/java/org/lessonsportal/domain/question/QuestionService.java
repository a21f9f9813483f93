package org.lessonsportal.domain.question;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.audit.AuditRecord;
import org.lessonsportal.domain.audit.AuditService;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.PatientDataFinding;
import org.lessonsportal.domain.lesson.PatientDataScanner;
import org.lessonsportal.domain.organisation.MemberView;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Questions to the team" (issue 16): on a published lesson, a member of another organisation asks its team a
 * question; the author and anyone who belongs to the lesson's organisation answer. Anyone signed in reports an answer
 * and a publisher hides it with a reason (kept in the audit trail); hidden answers leave the page and the index. Who
 * may do each is {@code LessonPolicy}'s {@code ASK_QUESTION}, {@code ANSWER_QUESTION}, {@code REPORT_ANSWER} and
 * {@code HIDE_ANSWER}; questions and answers are checked for patient data like a lesson and refused when they seem to
 * hold some. The workflow tells people ({@link QuestionAsked}, {@link QuestionAnswered}); the author is always told,
 * colleagues who opted in ({@link #tellMeAboutQuestions}) too.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class QuestionService {

    /** The longest question. */
    public static final int QUESTION_MAX = 1000;
    /** The longest answer. */
    public static final int ANSWER_MAX = 2000;
    /** The longest reason for reporting or hiding an answer. */
    public static final int REASON_MAX = 1000;

    private static final int HIDE_REASON_MIN = 5;
    private static final int QUOTE_MAX = 80;

    private final LessonQuestionRepository questions;
    private final QuestionAnswerRepository answers;
    private final AnswerReportRepository reports;
    private final QuestionOptInRepository optIns;
    private final LessonService lessons;
    private final OrganisationService organisations;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /**
     * Asks the lesson's team a question.
     *
     * @throws org.lessonsportal.domain.shared.NotAllowedException when the policy says no (their own organisation's
     *                                                             lesson, not published)
     * @throws ValidationException                                 empty, too long, or with patient data
     */
    @Transactional
    public QuestionView ask(Actor actor, Long lessonId, String text) {
        lessons.require(lessonId, actor, Action.ASK_QUESTION);
        String kept = checked("question", text, QUESTION_MAX, "write your question", "your question");
        LessonQuestion question = questions.saveAndFlush(new LessonQuestion(lessonId, actor.memberId(),
                actor.organisationId(), kept, clock.instant()));
        events.publishEvent(new QuestionAsked(question.getId(), lessonId, actor.memberId(), question.getAskedAt()));
        return view(question, List.of(), Map.of(), actor);
    }

    /**
     * Answers a question about a lesson of the actor's organisation.
     *
     * @throws NotFoundException                                   no such question, or its lesson is not visible
     * @throws org.lessonsportal.domain.shared.NotAllowedException not the author or a member of the lesson's
     *                                                             organisation, or the lesson is no longer published
     * @throws ValidationException                                 empty, too long, or with patient data
     */
    @Transactional
    public AnswerView answer(Actor actor, Long questionId, String text) {
        LessonQuestion question = question(questionId);
        lessons.require(question.getLessonId(), actor, Action.ANSWER_QUESTION);
        String kept = checked("answer", text, ANSWER_MAX, "write your answer", "your answer");
        Instant now = clock.instant();
        QuestionAnswer answer = answers.saveAndFlush(new QuestionAnswer(questionId, question.getLessonId(),
                actor.memberId(), kept, now));
        boolean first = question.answered(now);
        questions.saveAndFlush(question);
        events.publishEvent(new QuestionAnswered(questionId, question.getLessonId(), answer.getId(),
                actor.memberId(), question.getAskedBy(), first, now));
        return view(answer, List.of(), actor);
    }

    /**
     * Reports an answer as wrong or unsuitable, for a publisher to look at ({@link AnswerReported}); returns whether
     * this is the actor's first report of it (reporting again changes nothing).
     *
     * @param reason optional: what is wrong with it
     */
    @Transactional
    public boolean report(Actor actor, Long answerId, String reason) {
        QuestionAnswer answer = shownAnswer(answerId);
        lessons.require(answer.getLessonId(), actor, Action.REPORT_ANSWER);
        if (reports.existsByAnswerIdAndReportedBy(answerId, actor.memberId())) {
            return false;
        }
        String why = reason == null || reason.isBlank() ? null
                : checked("reason", reason, REASON_MAX, null, "the reason"); // it goes into the audit trail
        AnswerReport report = reports.save(new AnswerReport(answerId, actor.memberId(), why, clock.instant()));
        audit.record(new AuditRecord(answer.getLessonId(), actor.memberId(), "answer.reported", null, null, null,
                "Reported an answer by " + organisations.memberName(answer.getAnsweredBy()) + ": \""
                        + quote(answer.getText()) + "\"", why));
        events.publishEvent(new AnswerReported(answerId, answer.getQuestionId(), answer.getLessonId(),
                actor.memberId(), report.getReportedAt()));
        return true;
    }

    /**
     * Hides an answer from the lesson page and search, with a reason kept in the audit trail.
     *
     * @throws ValidationException no reason given, or one too long
     */
    @Transactional
    public void hide(Actor actor, Long answerId, String reason) {
        QuestionAnswer answer = shownAnswer(answerId);
        lessons.require(answer.getLessonId(), actor, Action.HIDE_ANSWER);
        String why = reason == null ? "" : reason.strip();
        if (why.length() < HIDE_REASON_MIN) {
            throw new ValidationException(List.of(new FieldError("reason", "say why the answer is hidden")));
        }
        if (why.length() > REASON_MAX) {
            throw new ValidationException(List.of(new FieldError("reason", "the reason must be " + REASON_MAX
                    + " characters or fewer (it is " + why.length() + ")")));
        }
        Instant now = clock.instant();
        answer.hide(actor.memberId(), why, now);
        answers.saveAndFlush(answer);
        audit.record(new AuditRecord(answer.getLessonId(), actor.memberId(), "answer.hidden", null, null, null,
                "Hid an answer by " + organisations.memberName(answer.getAnsweredBy()) + ": \""
                        + quote(answer.getText()) + "\"", why));
        events.publishEvent(new AnswerHidden(answerId, answer.getQuestionId(), answer.getLessonId(),
                actor.memberId(), now));
    }

    /** Every question about the lesson, newest first, with its shown answers, if the actor may read the lesson. */
    public List<QuestionView> questionsOf(Long lessonId, Actor actor) {
        lessons.get(lessonId, actor);
        List<LessonQuestion> asked = questions.findByLessonIdOrderByAskedAtDescIdDesc(lessonId);
        if (asked.isEmpty()) {
            return List.of();
        }
        List<QuestionAnswer> shown = answers.findByQuestionIdInAndHiddenAtIsNullOrderByAnsweredAtAscIdAsc(
                asked.stream().map(LessonQuestion::getId).toList());
        List<AnswerReport> reported = shown.isEmpty() ? List.of()
                : reports.findByAnswerIdIn(shown.stream().map(QuestionAnswer::getId).toList());
        Map<Long, List<QuestionAnswer>> byQuestion = shown.stream()
                .collect(Collectors.groupingBy(QuestionAnswer::getQuestionId));
        Map<Long, List<AnswerReport>> reportsByAnswer = reported.stream()
                .collect(Collectors.groupingBy(AnswerReport::getAnswerId));
        return asked.stream().map(q -> view(q, byQuestion.getOrDefault(q.getId(), List.of()), reportsByAnswer,
                actor)).toList();
    }

    /** One question with its shown answers, if the actor may read its lesson. */
    public QuestionView get(Long questionId, Actor actor) {
        LessonQuestion question = question(questionId);
        return questionsOf(question.getLessonId(), actor).stream().filter(q -> q.id().equals(questionId))
                .findFirst().orElseThrow(() -> new NotFoundException("We could not find that question."));
    }

    /**
     * Who is told at once about a question: the lesson's author and everyone who belongs to the lesson's organisation
     * and opted in; never the asker.
     */
    public List<Long> toTellAtOnce(Long questionId) {
        LessonQuestion question = question(questionId);
        LessonDetails lesson = lessons.get(question.getLessonId(), Actor.SYSTEM);
        Set<Long> told = new LinkedHashSet<>();
        if (lesson.authorId() != null) {
            told.add(lesson.authorId());
        }
        List<Long> team = organisations.membersBelongingTo(lesson.organisationId()).stream().map(MemberView::id)
                .toList();
        if (!team.isEmpty()) {
            optIns.findByMemberIdIn(team).forEach(o -> told.add(o.getMemberId()));
        }
        told.remove(question.getAskedBy());
        return List.copyOf(told);
    }

    /**
     * Who else is told when a question waits too long: everyone who belongs to the lesson's organisation and was not
     * told at once.
     */
    public List<Long> restOfTheTeam(Long questionId) {
        LessonQuestion question = question(questionId);
        LessonDetails lesson = lessons.get(question.getLessonId(), Actor.SYSTEM);
        List<Long> atOnce = toTellAtOnce(questionId);
        return organisations.membersBelongingTo(lesson.organisationId()).stream().map(MemberView::id)
                .filter(id -> !atOnce.contains(id) && !id.equals(question.getAskedBy())).toList();
    }

    /** Whether the question has an answer (hidden or not: someone of the team took it up). */
    public boolean isAnswered(Long questionId) {
        return question(questionId).getAnsweredAt() != null;
    }

    /** Turns "tell me about questions on my organisation's lessons" on or off for the actor. */
    @Transactional
    public void tellMeAboutQuestions(Actor actor, boolean tell) {
        if (actor.isSystem()) {
            return;
        }
        boolean now = optIns.existsById(actor.memberId());
        if (tell && !now) {
            optIns.save(new QuestionOptIn(actor.memberId(), clock.instant()));
        } else if (!tell && now) {
            optIns.deleteById(actor.memberId());
        }
    }

    /** Whether the actor is told about questions on their organisation's lessons (off unless they said so). */
    public boolean tellsMeAboutQuestions(Actor actor) {
        return !actor.isSystem() && optIns.existsById(actor.memberId());
    }

    private LessonQuestion question(Long questionId) {
        return (questionId == null ? java.util.Optional.<LessonQuestion>empty() : questions.findById(questionId))
                .orElseThrow(() -> new NotFoundException("We could not find that question."));
    }

    private QuestionAnswer shownAnswer(Long answerId) {
        return (answerId == null ? java.util.Optional.<QuestionAnswer>empty() : answers.findById(answerId))
                .filter(a -> !a.isHidden())
                .orElseThrow(() -> new NotFoundException("We could not find that answer."));
    }

    private static String checked(String field, String text, int max, String missing, String what) {
        String kept = text == null ? "" : text.strip();
        List<FieldError> errors = new ArrayList<>();
        if (kept.isEmpty()) {
            errors.add(new FieldError(field, missing));
        } else if (kept.length() > max) {
            errors.add(new FieldError(field, what + " must be " + max + " characters or fewer (it is "
                    + kept.length() + ")"));
        }
        for (PatientDataFinding finding : PatientDataScanner.scan(field, kept)) {
            errors.add(new FieldError(field, what + " seems to contain " + finding.kind().description() + " (\""
                    + finding.match() + "\"); take it out, as lessons never hold patient data"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return kept;
    }

    private static String quote(String text) {
        return text.length() <= QUOTE_MAX ? text : text.substring(0, QUOTE_MAX - 1) + "…";
    }

    private QuestionView view(LessonQuestion question, List<QuestionAnswer> shown,
            Map<Long, List<AnswerReport>> reportsByAnswer, Actor actor) {
        Map<Long, List<AnswerReport>> byAnswer = new HashMap<>(reportsByAnswer);
        return new QuestionView(question.getId(), question.getLessonId(), question.getText(), question.getAskedBy(),
                organisations.memberName(question.getAskedBy()),
                organisations.organisationName(question.getOrganisationId()), question.getAskedAt(),
                question.getAnsweredAt(),
                shown.stream().map(a -> view(a, byAnswer.getOrDefault(a.getId(), List.of()), actor)).toList());
    }

    private AnswerView view(QuestionAnswer answer, List<AnswerReport> reported, Actor actor) {
        return new AnswerView(answer.getId(), answer.getQuestionId(), answer.getText(), answer.getAnsweredBy(),
                organisations.memberName(answer.getAnsweredBy()), answer.getAnsweredAt(), reported.size(),
                reported.stream().anyMatch(r -> actor.is(r.getReportedBy())));
    }
}
