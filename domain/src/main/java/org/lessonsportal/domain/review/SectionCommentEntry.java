package org.lessonsportal.domain.review;

import jakarta.persistence.Embeddable;

/** How a {@link SectionComment} is stored: one row of {@code review_comment}. */
@Embeddable
class SectionCommentEntry {

    private String section;
    private String comment;

    protected SectionCommentEntry() {
    }

    SectionCommentEntry(SectionComment comment) {
        this.section = comment.section();
        this.comment = comment.comment();
    }

    SectionComment toComment() {
        return new SectionComment(section, comment);
    }
}
