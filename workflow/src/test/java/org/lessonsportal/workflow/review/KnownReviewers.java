package org.lessonsportal.workflow.review;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.organisation.MemberView;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.organisation.ReviewerCandidate;
import org.lessonsportal.domain.organisation.ReviewerPoolService;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The reviewer selection of the tests' application, whose tests share one database full of reviewers made up by
 * other tests: for the length of a piece of work it can pretend the portal knows only some reviewers (as on a fresh
 * installation), so that the real rules choose among those. Everything else is the real selection.
 */
@Primary
@Component
class KnownReviewers extends ReviewerSelection {

    private volatile Set<Long> only;

    KnownReviewers(LessonService lessons, OrganisationService organisations, ReviewerPoolService pool,
            TaskService tasks, ReviewProcesses processes, ReviewSettings settings) {
        super(lessons, organisations, pool, tasks, processes, settings);
    }

    /** Does the work while the portal knows only these reviewers (none: nobody is eligible). */
    <T> T onlyAmong(Collection<Long> memberIds, Supplier<T> work) {
        only = Set.copyOf(memberIds);
        try {
            return work.get();
        } finally {
            only = null;
        }
    }

    @Override
    List<ReviewerCandidate> candidates(Set<Long> excludedMembers, Set<Long> excludedOrganisations,
            ProjectType projectType) {
        Set<Long> known = only;
        List<ReviewerCandidate> all = super.candidates(excludedMembers, excludedOrganisations, projectType);
        return known == null ? all : all.stream().filter(c -> known.contains(c.memberId())).toList();
    }

    @Override
    List<MemberView> reviewers() {
        Set<Long> known = only;
        List<MemberView> all = super.reviewers();
        return known == null ? all : all.stream().filter(m -> known.contains(m.id())).toList();
    }
}
