package org.lessonsportal.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How a {@link RevisionReply} is stored: one row per revised round. */
@Entity
@Table(name = "revision_reply")
class RevisionReplyEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lesson_id", nullable = false)
    private Long lessonId;

    @Column(name = "round_number", nullable = false)
    private int round;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "reply", nullable = false, length = RevisionReplyService.REPLY_MAX)
    private String reply;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected RevisionReplyEntry() {
    }

    RevisionReplyEntry(Long lessonId, int round, Long authorId, String reply, Instant writtenAt) {
        this.lessonId = lessonId;
        this.round = round;
        this.authorId = authorId;
        this.reply = reply;
        this.writtenAt = writtenAt;
    }

    RevisionReply toReply() {
        return new RevisionReply(lessonId, round, authorId, reply, writtenAt);
    }
}
