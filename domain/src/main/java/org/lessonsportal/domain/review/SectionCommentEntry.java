package org.lessonsportal.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How a {@link SectionComment} is stored: one row of {@code review_comment}. */
@Embeddable
class SectionCommentEntry {

    @Column(name = "section", nullable = false, length = 40)
    private String section;

    @Column(name = "comment", nullable = false, length = Review.SECTION_COMMENT_MAX)
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
