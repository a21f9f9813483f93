package org.lessonsportal.domain.review;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lessonsportal.domain.audit.AuditRecord;
import org.lessonsportal.domain.audit.AuditService;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.lesson.LessonService;
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
public class RevisionReplies {

    /** The longest reply. */
    public static final int REPLY_MAX = 4000;
    /** The field a refusal names. */
    public static final String FIELD = "reply";

    private final RevisionReplyRepository replies;
    private final LessonService lessons;
    private final AuditService audit;
    private final Clock clock;

    RevisionReplies(RevisionReplyRepository replies, LessonService lessons, AuditService audit, Clock clock) {
        this.replies = replies;
        this.lessons = lessons;
        this.audit = audit;
        this.clock = clock;
    }

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
            return Optional.empty();
        }
        LessonDetails lesson = lessons.get(lessonId, author);
        if (author.isSystem() || !author.memberId().equals(lesson.authorId())) {
            throw new NotAllowedException("Only the author can reply to the reviewers.");
        }
        if (replies.findByLessonIdAndRound(lessonId, lesson.round()).isPresent()) {
            throw new DomainException("You have already replied to the reviewers of round " + lesson.round() + ".");
        }
        RevisionReplyEntry saved = replies.save(new RevisionReplyEntry(lessonId, lesson.round(), author.memberId(),
                reply.strip(), clock.instant()));
        audit.record(new AuditRecord(lessonId, author.memberId(), "review.author-replied", null, null,
                lesson.round(), "Replied to the reviewers with round " + lesson.round(), reply.strip()));
        return Optional.of(saved.toReply());
    }

    /** The author's reply sent with a round, for the people who may see the lesson's review history. */
    public Optional<RevisionReply> of(Long lessonId, int round, Actor actor) {
        lessons.require(lessonId, actor, Action.VIEW_HISTORY);
        return replies.findByLessonIdAndRound(lessonId, round).map(RevisionReplyEntry::toReply);
    }
}
