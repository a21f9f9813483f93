package org.lessonsportal.domain.review;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The author's reply to the reviewers as it is being written: one per lesson, until the revision is resubmitted. */
@Entity
@Table(name = "revision_reply_draft")
class RevisionReplyDraftEntry {

    /** The most a saved reply draft holds: far over the reply's limit, so what was typed is kept to be shortened. */
    static final int REPLY_MAX = 100_000;

    @Id
    private Long lessonId;

    private Long authorId;
    private String reply;
    private Instant savedAt;

    protected RevisionReplyDraftEntry() {
    }

    RevisionReplyDraftEntry(Long lessonId, Long authorId) {
        this.lessonId = lessonId;
        this.authorId = authorId;
    }

    void update(String reply, Instant savedAt) {
        this.reply = reply;
        this.savedAt = savedAt;
    }

    Long authorId() {
        return authorId;
    }

    String reply() {
        return reply;
    }

    Instant savedAt() {
        return savedAt;
    }
}
