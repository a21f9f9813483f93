package org.lessonsportal.domain.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lessonsportal.domain.shared.LessonRoundRow;

/** One reviewer's review of one round of a lesson. Written once. */
@Entity
@Table(name = "review")
public class Review extends LessonRoundRow {

    static final int COMMENT_MAX = ReviewSubmission.COMMENT_MAX;
    static final int SECTION_COMMENT_MAX = ReviewSubmission.SECTION_COMMENT_MAX;
    static final int DETAILS_MAX = ReviewSubmission.DETAILS_MAX;

    private Long reviewerId;

    @Enumerated(EnumType.STRING)
    private ReviewDecision decision;

    @Column(name = "general_comment")
    private String comment;

    @ElementCollection
    @CollectionTable(name = "review_comment", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "list_index")
    private List<SectionCommentEntry> sectionComments = new ArrayList<>();

    @Column(name = "has_competing_interests")
    private boolean competingInterests;

    @Column(name = "competing_interests")
    private String competingInterestsDetails;

    private Instant submittedAt;

    protected Review() {
    }

    Review(Long lessonId, int round, Long reviewerId, ReviewSubmission submission, Instant now) {
        super(lessonId, round);
        this.reviewerId = reviewerId;
        this.decision = submission.decision();
        this.comment = submission.comment();
        submission.sectionComments().forEach(c -> sectionComments.add(new SectionCommentEntry(c)));
        this.competingInterests = Boolean.TRUE.equals(submission.hasCompetingInterests());
        this.competingInterestsDetails = submission.competingInterestsDetails();
        this.submittedAt = now;
    }

    ReviewRecord toRecord() {
        return new ReviewRecord(getId(), getLessonId(), getRound(), reviewerId, decision, comment,
                sectionComments.stream().map(SectionCommentEntry::toComment).toList(), competingInterests,
                competingInterestsDetails, submittedAt);
    }

    public Long getReviewerId() {
        return reviewerId;
    }

    public ReviewDecision getDecision() {
        return decision;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
