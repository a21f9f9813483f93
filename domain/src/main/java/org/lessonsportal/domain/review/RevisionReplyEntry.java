package org.lessonsportal.domain.review;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lessonsportal.domain.shared.LessonRoundRow;

/** How a {@link RevisionReply} is stored: one row per revised round. */
@Entity
@Table(name = "revision_reply")
class RevisionReplyEntry extends LessonRoundRow {

    private Long authorId;
    private String reply;
    private Instant writtenAt;

    protected RevisionReplyEntry() {
    }

    RevisionReplyEntry(Long lessonId, int round, Long authorId, String reply, Instant writtenAt) {
        super(lessonId, round);
        this.authorId = authorId;
        this.reply = reply;
        this.writtenAt = writtenAt;
    }

    RevisionReply toReply() {
        return new RevisionReply(getLessonId(), getRound(), authorId, reply, writtenAt);
    }
}
