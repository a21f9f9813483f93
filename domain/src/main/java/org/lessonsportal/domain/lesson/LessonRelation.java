package org.lessonsportal.domain.lesson;

import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Roles;

/** How an actor stands to a lesson, as {@link LessonPolicy} and its rules read it. */
final class LessonRelation {
    final boolean system;
    final boolean author;
    /** Acts for the author's organisation now (sees its drafts). */
    final boolean actsForOrganisation;
    /** Belongs to the author's organisation through any membership (a conflict of interest). */
    final boolean memberOfOrganisation;
    final boolean reviewerRole;
    final boolean contributor;
    final boolean hasOrganisation;
    final boolean publisher;
    final boolean admin;
    final boolean assignedNow;
    final boolean reviewerOfLesson;
    final boolean everAssigned;

    LessonRelation(Actor actor, LessonFacts lesson) {
        system = actor.isSystem();
        author = actor.is(lesson.authorId());
        actsForOrganisation = actor.actsFor(lesson.organisationId());
        memberOfOrganisation = actor.belongsTo(lesson.organisationId());
        reviewerRole = actor.hasRole(Roles.REVIEWER);
        contributor = actor.hasRole(Roles.CONTRIBUTOR);
        hasOrganisation = actor.organisationId() != null;
        publisher = actor.hasRole(Roles.PUBLISHER);
        admin = actor.hasRole(Roles.ADMIN);
        // An assignment never counts for the author or a member of the author's organisation, even if made.
        boolean eligibleReviewer = !system && reviewerRole && !author && !memberOfOrganisation;
        assignedNow = eligibleReviewer && lesson.currentReviewerIds().contains(actor.memberId());
        reviewerOfLesson = eligibleReviewer && lesson.reviewerIds().contains(actor.memberId());
        everAssigned = !system && lesson.everAssignedIds().contains(actor.memberId());
    }
}
