package org.lessonsportal.domain.lesson;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.taxonomy.ChallengeType;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Setting;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The lists of lessons people work from (their own, their organisation's drafts, what waits for them) and the
 * published figures (by type of project, the challenges met), for {@link LessonService}. Reads only; each list keeps
 * just the lessons {@link LessonPolicy} lets the actor act on.
 */
@Component
@RequiredArgsConstructor
class LessonQueries {

    private final LessonRepository lessons;
    private final ReviewerAssignments assignments;
    private final LessonGuard guard;

    @PersistenceContext
    private EntityManager entityManager;

    Set<Action> allowedActions(Long lessonId, Actor actor) {
        Optional<Lesson> lesson = lessonId == null ? Optional.empty()
                : lessons.findById(lessonId).filter(l -> !l.isDeleted());
        return lesson.map(l -> {
            LessonFacts facts = guard.facts(l);
            return LessonPolicy.allows(actor, Action.VIEW, facts) ? LessonPolicy.allowedActions(actor, facts)
                    : Set.<Action>of();
        }).orElse(Set.of());
    }

    /**
     * The lines of the lessons the actor may see: their rows read in one statement, then each checked as
     * {@link LessonGuard#guard} does (which finds them read).
     */
    Map<Long, LessonSummary> summaries(Collection<Long> lessonIds, Actor actor) {
        Map<Long, LessonSummary> found = new LinkedHashMap<>();
        List<Long> wanted = lessonIds.stream().filter(Objects::nonNull).distinct().toList();
        lessons.findAllById(wanted);
        for (Long lessonId : wanted) {
            try {
                found.put(lessonId, LessonSummary.of(guard.guard(lessonId, actor).lesson));
            } catch (NotFoundException e) {
                // deleted, or not the actor's to see: left out
            }
        }
        return found;
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
        return lessons.findAllById(assignments.lessonIdsAssignedTo(actor.memberId())).stream()
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

    List<LessonSummary> buildingOn(Long lessonId) {
        return lessons.findByBuildsOnIdAndStateOrderByPublishedOnDescIdDesc(lessonId, LessonState.PUBLISHED).stream()
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

    /** The challenges published lessons of the type (and setting) met, by JPQL over the lesson and its challenges. */
    ChallengesMet challengesMet(ProjectType type, Setting setting, int examplesPerChallenge) {
        String settingClause = setting == null ? "" : " and :setting member of l.settings";
        TypedQuery<Long> lessonCount = entityManager.createQuery("select count(l) from Lesson l "
                + "where l.state = :state and l.projectType = :type" + settingClause, Long.class);
        bind(lessonCount, type, setting);
        long lessonTotal = lessonCount.getSingleResult();

        TypedQuery<Object[]> perChallenge = entityManager.createQuery("select c.type, count(distinct l.id) "
                + "from Lesson l join l.challenges c where l.state = :state and l.projectType = :type "
                + "and c.type is not null" + settingClause + " group by c.type", Object[].class);
        bind(perChallenge, type, setting);

        List<ChallengesMet.Entry> entries = new ArrayList<>();
        for (Object[] row : perChallenge.getResultList()) {
            ChallengeType challengeType = (ChallengeType) row[0];
            TypedQuery<Object[]> examples = entityManager.createQuery("select l.id, l.title, o.odsCode, o.name, "
                    + "c.description, c.resolution from Lesson l join l.challenges c, Organisation o "
                    + "where o.id = l.organisationId and l.state = :state and l.projectType = :type "
                    + "and c.type = :challengeType" + settingClause + " order by l.publishedOn desc, l.id desc",
                    Object[].class);
            bind(examples, type, setting);
            examples.setParameter("challengeType", challengeType);
            examples.setMaxResults(examplesPerChallenge);
            List<ChallengesMet.Example> found = examples.getResultList().stream()
                    .map(example -> new ChallengesMet.Example((Long) example[0], (String) example[1],
                            (String) example[2], (String) example[3], (String) example[4], (String) example[5]))
                    .toList();
            entries.add(new ChallengesMet.Entry(challengeType, ((Number) row[1]).longValue(), found));
        }
        return new ChallengesMet(lessonTotal, entries);
    }

    private static void bind(TypedQuery<?> query, ProjectType type, Setting setting) {
        query.setParameter("state", LessonState.PUBLISHED);
        query.setParameter("type", type);
        if (setting != null) {
            query.setParameter("setting", setting);
        }
    }
}
