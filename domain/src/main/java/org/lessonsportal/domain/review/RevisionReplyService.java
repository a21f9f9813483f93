package org.lessonsportal.domain.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.audit.AuditRecord;
import org.lessonsportal.domain.audit.AuditService;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The author's replies to the reviewers: what they changed and why, sent with a revision and read by the reviewers of
 * the new round next to the changes. Optional: the changes themselves are always shown to the reviewers.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RevisionReplyService {

    /** The longest reply. */
    public static final int REPLY_MAX = 4000;
    /** The field a refusal names. */
    public static final String FIELD = "reply";

    private final RevisionReplyRepository replies;
    private final RevisionReplyDraftRepository drafts;
    private final LessonService lessons;
    private final AuditService audit;
    private final Clock clock;

    /**
     * Refuses a reply over {@value #REPLY_MAX} characters with a message for its field; call before resubmitting so
     * nothing is done when the reply cannot be kept.
     */
    public static void check(String reply) {
        int length = ReviewSubmission.length(reply == null ? null : reply.strip());
        if (length > REPLY_MAX) {
            throw new ValidationException(List.of(new FieldError(FIELD, String.format(Locale.UK,
                    "Your reply to the reviewers must be %,d characters or fewer (it has %,d)", REPLY_MAX,
                    length))));
        }
    }

    /**
     * Keeps the author's reply with the round just resubmitted (nothing when it is blank). Only the lesson's author,
     * once per round; also recorded in the lesson's history.
     */
    @Transactional
    public Optional<RevisionReply> record(Long lessonId, Actor author, String reply) {
        check(reply);
        if (reply == null || reply.isBlank()) {
            drafts.findById(lessonId).ifPresent(drafts::delete);
            return Optional.empty();
        }
        LessonDetails lesson = authorsLesson(lessonId, author);
        drafts.findById(lessonId).ifPresent(drafts::delete);
        if (replies.findByLessonIdAndRound(lessonId, lesson.round()).isPresent()) {
            throw new DomainException("You have already replied to the reviewers of round " + lesson.round() + ".");
        }
        RevisionReplyEntry saved = replies.save(new RevisionReplyEntry(lessonId, lesson.round(), author.memberId(),
                reply.strip(), clock.instant()));
        audit.record(new AuditRecord(lessonId, author.memberId(), "review.author-replied", null, null,
                lesson.round(), "Replied to the reviewers with round " + lesson.round(), reply.strip()));
        return Optional.of(saved.toReply());
    }

    /**
     * Saves the reply as the author writes it, whatever its length (resubmitting checks that), so reloading the revise
     * page loses nothing. Only the lesson's author; returns when it was saved.
     */
    @Transactional
    public Instant saveDraft(Long lessonId, Actor author, String reply) {
        if (authorsLesson(lessonId, author).state() != LessonState.CHANGES_REQUESTED) {
            // a save arriving after the resubmission must not leave a draft for the next revision
            throw new DomainException("The lesson has been resubmitted, so your reply has been sent with it.");
        }
        String text = reply == null ? "" : reply;
        if (text.length() > RevisionReplyDraftEntry.REPLY_MAX) {
            throw new DomainException("Your reply is too long to save. Shorten it to "
                    + String.format(Locale.UK, "%,d", REPLY_MAX) + " characters.");
        }
        Instant now = clock.instant();
        RevisionReplyDraftEntry draft = drafts.findById(lessonId)
                .orElseGet(() -> new RevisionReplyDraftEntry(lessonId, author.memberId()));
        draft.update(text, now);
        drafts.save(draft);
        return now;
    }

    /** The author's reply as last saved before resubmitting, with when it was saved; only for the author. */
    public Optional<ReplyDraft> draft(Long lessonId, Actor author) {
        authorsLesson(lessonId, author);
        return drafts.findById(lessonId).filter(d -> d.authorId().equals(author.memberId()))
                .map(d -> new ReplyDraft(d.reply(), d.savedAt()));
    }

    /** A reply being written, as saved. */
    public record ReplyDraft(String reply, Instant savedAt) {
    }

    private LessonDetails authorsLesson(Long lessonId, Actor author) {
        LessonDetails lesson = lessons.get(lessonId, author);
        if (author.isSystem() || !author.memberId().equals(lesson.authorId())) {
            throw new NotAllowedException("Only the author can reply to the reviewers.");
        }
        return lesson;
    }

    /** The author's reply sent with a round, for the people who may see the lesson's review history. */
    public Optional<RevisionReply> of(Long lessonId, int round, Actor actor) {
        lessons.require(lessonId, actor, Action.VIEW_HISTORY);
        return replies.findByLessonIdAndRound(lessonId, round).map(RevisionReplyEntry::toReply);
    }
}
