package org.lessonsportal.workflow.review;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskService;
import org.lessonsportal.domain.lesson.AssignedReviewer;
import org.lessonsportal.domain.lesson.LessonSummary;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.organisation.MemberView;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.organisation.OrganisationView;
import org.lessonsportal.domain.organisation.ReviewerCandidate;
import org.lessonsportal.domain.organisation.ReviewerPoolService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Setting;
import org.springframework.stereotype.Component;

/**
 * Who may review a lesson, best first. Eligible: members with the reviewer role who belong to an organisation but
 * not, through any of their memberships, to the author's, did not write it, are not already reviewing the current
 * round, have not declared a competing interest in it, and (with {@code lessons.review.exclude-same-icb}) work for no
 * organisation in the author's integrated care board area. Order: expertise in the lesson's project type first, then
 * the fewest open reviews, then by name. Whether someone has signed in does not count: people the directory sync
 * brought in are asked like anyone else (docs/adr/0048).
 * <p>
 * The domain enforces the first rules again when a reviewer is assigned ({@code LessonService.assignReviewer}).
 * <p>
 * The database finds the eligible ({@link ReviewerPoolService}): only they, their organisations and the open review
 * tasks are read, not every member and organisation the portal knows (docs/adr/0056).
 */
@Component
@RequiredArgsConstructor
class ReviewerSelection {

    private final LessonService lessons;
    private final OrganisationService organisations;
    private final ReviewerPoolService pool;
    private final TaskService tasks;
    private final ReviewProcesses processes;
    private final ReviewSettings settings;

    /** Everyone who may review the lesson now, best first. */
    List<EligibleReviewer> eligible(Long lessonId) {
        return best(lessonId, Integer.MAX_VALUE);
    }

    /** The {@code count} best of those who may review the lesson now ({@link #eligible}), best first. */
    List<EligibleReviewer> best(Long lessonId, int count) {
        Situation situation = situation(lessonId);
        Set<Long> excludedMembers = new HashSet<>(situation.current());
        excludedMembers.addAll(situation.conflicted());
        excludedMembers.add(situation.lesson().authorId());
        Set<Long> excludedOrganisations = new HashSet<>();
        excludedOrganisations.add(situation.lesson().organisationId());
        if (situation.homeIcb() != null) {
            pool.organisationsNaming(situation.homeIcb()).stream()
                    .filter(o -> situation.homeIcb().equals(icbOf(o)))
                    .forEach(o -> excludedOrganisations.add(o.id()));
        }
        Map<String, Long> open = openReviewsByAssignee();
        List<EligibleReviewer> ranked = rank(candidates(excludedMembers, excludedOrganisations,
                situation.lesson().projectType()).stream()
                .map(c -> new EligibleReviewer(c.memberId(), c.name(), null, null, Set.of(), c.expertiseMatches(),
                        open.getOrDefault(String.valueOf(c.memberId()), 0L)))
                .toList());
        return describe(ranked.subList(0, Math.min(count, ranked.size())));
    }

    /**
     * Members with the reviewer role who belong to an organisation, to none of {@code excludedOrganisations}, and are
     * not among {@code excludedMembers}.
     */
    List<ReviewerCandidate> candidates(Set<Long> excludedMembers, Set<Long> excludedOrganisations,
            ProjectType projectType) {
        return pool.candidates(excludedMembers, excludedOrganisations, projectType);
    }

    /**
     * Why the lesson's current round has fewer reviewers than it needs: who is reviewing, and why each other reviewer
     * the portal knows may not (reviewers who may are not listed: a publisher can add them).
     */
    ReviewerShortfall shortfall(Long lessonId) {
        Situation situation = situation(lessonId);
        Map<Long, OrganisationView> byId = organisations.organisations().stream()
                .collect(Collectors.toMap(OrganisationView::id, Function.identity()));
        List<String> asked = situation.current().stream().map(organisations::memberName).sorted().toList();
        List<String> leftOut = reviewers().stream().filter(m -> !situation.current().contains(m.id()))
                .sorted(Comparator.comparing(m -> m.name().toLowerCase(Locale.ROOT)))
                .map(m -> situation.refusal(m, byId)).filter(Objects::nonNull).toList();
        int listed = Math.min(leftOut.size(), ReviewerShortfall.LISTED);
        // the places still open count as the round started, whatever lessons.review.required-reviewers says now
        long openPlaces = tasks.createTaskQuery().processDefinitionKey(LessonReviewProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(lessonId))
                .taskDefinitionKey(LessonReviewProcess.ADD_REVIEWER).count();
        int required = openPlaces > 0 ? asked.size() + (int) openPlaces : settings.getRequiredReviewers();
        return new ReviewerShortfall(required, asked, leftOut.subList(0, listed), leftOut.size() - listed,
                organisations.lastDirectorySync().orElse(null));
    }

    /**
     * Everyone the portal knows with the reviewer role, whether they have signed in or came from the directory sync:
     * the people the rules choose from.
     */
    List<MemberView> reviewers() {
        return organisations.membersWithRole(Roles.REVIEWER);
    }

    /** Why the member may not review the lesson, in plain English, or empty if they may. */
    Optional<String> refusal(Long lessonId, Long memberId) {
        MemberView member = organisations.getMember(memberId);
        return Optional.ofNullable(situation(lessonId).refusal(member, byId(member.organisationIds())));
    }

    /** Expertise first, then the fewest open reviews, then by name (and id, so the order is always the same). */
    static List<EligibleReviewer> rank(List<EligibleReviewer> candidates) {
        return candidates.stream()
                .sorted(Comparator.comparing((EligibleReviewer r) -> !r.expertiseMatches())
                        .thenComparingLong(EligibleReviewer::openReviews)
                        .thenComparing(r -> r.name().toLowerCase(Locale.ROOT))
                        .thenComparing(EligibleReviewer::memberId))
                .toList();
    }

    /**
     * The integrated care board area an organisation belongs to: its parent ICB's ODS code, or its own code when it
     * is an ICB; {@code null} when not known.
     */
    static String icbOf(OrganisationView organisation) {
        if (organisation == null) {
            return null;
        }
        if (organisation.parentIcbOdsCode() != null && !organisation.parentIcbOdsCode().isBlank()) {
            return organisation.parentIcbOdsCode().strip().toUpperCase(Locale.ROOT);
        }
        return organisation.type() == Setting.INTEGRATED_CARE_BOARD ? organisation.odsCode() : null;
    }

    /** Open review tasks per assignee (member id as a string), counted by the database in one query. */
    Map<String, Long> openReviewsByAssignee() {
        return processes.openTasksByAssignee(LessonReviewProcess.REVIEW_LESSON);
    }

    /** The members, best first as given, with their organisation's name and their expertise. */
    private List<EligibleReviewer> describe(List<EligibleReviewer> ranked) {
        Map<Long, MemberView> members = pool.members(ranked.stream().map(EligibleReviewer::memberId).toList())
                .stream().collect(Collectors.toMap(MemberView::id, Function.identity()));
        Map<Long, OrganisationView> byId = byId(members.values().stream().map(MemberView::organisationId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return ranked.stream().filter(r -> members.containsKey(r.memberId())).map(r -> {
            MemberView member = members.get(r.memberId());
            OrganisationView organisation = byId.get(member.organisationId());
            return new EligibleReviewer(member.id(), member.name(), member.organisationId(),
                    organisation == null ? null : organisation.name(), member.expertise(), r.expertiseMatches(),
                    r.openReviews());
        }).toList();
    }

    private Map<Long, OrganisationView> byId(Set<Long> organisationIds) {
        return pool.organisations(organisationIds).stream()
                .collect(Collectors.toMap(OrganisationView::id, Function.identity()));
    }

    private Situation situation(Long lessonId) {
        LessonSummary lesson = lessons.summary(lessonId, Actor.SYSTEM);
        List<AssignedReviewer> assigned = lessons.reviewers(lessonId, Actor.SYSTEM);
        Set<Long> current = assigned.stream().filter(a -> a.isActive() && a.round() == lesson.round())
                .map(AssignedReviewer::memberId).collect(Collectors.toSet());
        Set<Long> conflicted = assigned.stream()
                .filter(a -> a.releaseReason() != null
                        && a.releaseReason().startsWith(LessonReviewProcess.COMPETING_INTEREST))
                .map(AssignedReviewer::memberId).collect(Collectors.toSet());
        String homeIcb = settings.isExcludeSameIcb() && lesson.organisationId() != null
                ? icbOf(byId(Set.of(lesson.organisationId())).get(lesson.organisationId())) : null;
        return new Situation(lesson, current, conflicted, homeIcb);
    }

    private record Situation(LessonSummary lesson, Set<Long> current, Set<Long> conflicted, String homeIcb) {

        /** Why the member may not review; {@code organisations} holds at least the member's. */
        String refusal(MemberView member, Map<Long, OrganisationView> organisations) {
            String name = member.name();
            if (member.id().equals(lesson.authorId())) {
                return name + " wrote this lesson, so they cannot review it.";
            }
            if (!member.hasRole(Roles.REVIEWER)) {
                return name + " is not a reviewer, so they cannot be asked to review lessons.";
            }
            if (member.organisationIds().isEmpty()) {
                return name + " does not belong to an organisation, so they cannot be asked to review lessons.";
            }
            if (member.belongsTo(lesson.organisationId())) {
                return name + " works for the organisation that wrote this lesson, so they cannot review it.";
            }
            if (current.contains(member.id())) {
                return name + " is already reviewing this lesson.";
            }
            if (conflicted.contains(member.id())) {
                return name + " declared a competing interest in this lesson, so they cannot review it.";
            }
            if (homeIcb != null && member.organisationIds().stream()
                    .anyMatch(id -> homeIcb.equals(icbOf(organisations.get(id))))) {
                return name + " works in the same integrated care board area as the author, so they cannot review "
                        + "this lesson.";
            }
            return null;
        }
    }
}
