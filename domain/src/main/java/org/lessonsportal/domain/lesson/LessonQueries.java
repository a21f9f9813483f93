package org.lessonsportal.domain.lesson;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The lists of lessons people work from (their own, their organisation's drafts, what waits for them) and the
 * published figures, for {@link LessonService}. Reads only; each list keeps just the lessons {@link LessonPolicy}
 * lets the actor act on.
 */
@Component
class LessonQueries {

    private final LessonRepository lessons;
    private final ReviewerAssignmentRepository assignments;
    private final LessonGuard guard;

    LessonQueries(LessonRepository lessons, ReviewerAssignmentRepository assignments, LessonGuard guard) {
        this.lessons = lessons;
        this.assignments = assignments;
        this.guard = guard;
    }

    Set<Action> allowedActions(Long lessonId, Actor actor) {
        Optional<Lesson> lesson = lessonId == null ? Optional.empty()
                : lessons.findById(lessonId).filter(l -> !l.isDeleted());
        return lesson.map(l -> {
            LessonFacts facts = guard.facts(l);
            return LessonPolicy.allows(actor, Action.VIEW, facts) ? LessonPolicy.allowedActions(actor, facts)
                    : Set.<Action>of();
        }).orElse(Set.of());
    }

    List<LessonSummary> writtenBy(Actor actor) {
        return actor.isSystem() ? List.of()
                : lessons.findByAuthorIdOrderByUpdatedAtDesc(actor.memberId()).stream()
                        .filter(l -> !l.isDeleted()).map(LessonSummary::of).toList();
    }

    List<LessonSummary> organisationDrafts(Actor actor) {
        return actor.organisationId() == null ? List.of()
                : lessons.findByOrganisationIdAndStateOrderByUpdatedAtDesc(actor.organisationId(), LessonState.DRAFT)
                        .stream().filter(l -> !l.isDeleted()).map(LessonSummary::of).toList();
    }

    List<LessonSummary> awaitingReviewBy(Actor actor) {
        if (actor.isSystem()) {
            return List.of();
        }
        return lessons.findAllById(assignments.findLessonIdsAssignedTo(actor.memberId())).stream()
                .filter(l -> LessonPolicy.allows(actor, Action.REVIEW, guard.facts(l)))
                .sorted(Comparator.comparing(Lesson::getUpdatedAt)).map(LessonSummary::of).toList();
    }

    List<LessonSummary> awaitingReviewers(Actor actor) {
        return lessons.findByStateOrderByUpdatedAtAsc(LessonState.SUBMITTED).stream()
                .filter(l -> LessonPolicy.allows(actor, Action.ASSIGN_REVIEWERS, guard.facts(l)))
                .map(LessonSummary::of).toList();
    }

    List<LessonSummary> awaitingPublicationBy(Actor actor) {
        return lessons.findByStateOrderByUpdatedAtAsc(LessonState.APPROVED).stream()
                .filter(l -> LessonPolicy.allows(actor, Action.PUBLISH, guard.facts(l)))
                .map(LessonSummary::of).toList();
    }

    List<LessonSummary> recentlyPublished(int limit) {
        return lessons.findByStateOrderByPublishedOnDescIdDesc(LessonState.PUBLISHED,
                PageRequest.of(0, Math.max(1, Math.min(limit, 200)))).stream().map(LessonSummary::of).toList();
    }

    Map<ProjectType, Long> publishedByProjectType() {
        Map<ProjectType, Long> counts = new LinkedHashMap<>();
        lessons.countByProjectType(LessonState.PUBLISHED).stream()
                .filter(row -> row[0] != null)
                .sorted(Comparator.comparing((Object[] row) -> -((Number) row[1]).longValue())
                        .thenComparing(row -> ((ProjectType) row[0]).ordinal()))
                .forEach(row -> counts.put((ProjectType) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
