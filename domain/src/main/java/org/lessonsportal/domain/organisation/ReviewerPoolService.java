package org.lessonsportal.domain.organisation;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people a lesson's reviewers are chosen from, found by the database instead of by reading every member and
 * organisation: the review workflow asks for the few it needs (docs/adr/0056).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReviewerPoolService {

    /** An id no row has: stands for "nothing" in a list the query must not get empty. */
    private static final Long NONE = -1L;

    private final MemberRepository members;
    private final OrganisationRepository organisations;

    /**
     * Members with the reviewer role who belong to at least one organisation, to none of
     * {@code excludedOrganisations}, and are not among {@code excludedMembers}, in no particular order.
     *
     * @param projectType the lesson's project type, for {@link ReviewerCandidate#expertiseMatches}; may be
     *                    {@code null}
     */
    public List<ReviewerCandidate> candidates(Collection<Long> excludedMembers, Collection<Long> excludedOrganisations,
            ProjectType projectType) {
        return members.findReviewerCandidates(Roles.REVIEWER, orNone(excludedMembers), orNone(excludedOrganisations),
                projectType);
    }

    /** These members, in no particular order; those that do not exist are left out. */
    public List<MemberView> members(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : members.findWithDetails(ids).stream().map(MemberView::of).toList();
    }

    /** These organisations, in no particular order; those that do not exist are left out. */
    public List<OrganisationView> organisations(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : organisations.findAllById(ids).stream().map(OrganisationView::of).toList();
    }

    /**
     * Organisations that may be in the integrated care board area with this ODS code: every one whose own code is
     * that code or whose parent ICB's code contains it, in any case. The caller applies its exact rule to these.
     */
    public List<OrganisationView> organisationsNaming(String icbOdsCode) {
        return organisations.findNamingIcb(icbOdsCode, icbOdsCode.strip().toUpperCase(Locale.ROOT)).stream()
                .map(OrganisationView::of).toList();
    }

    private static Set<Long> orNone(Collection<Long> ids) {
        Set<Long> set = new HashSet<>(ids);
        set.remove(null);
        if (set.isEmpty()) {
            set.add(NONE);
        }
        return set;
    }
}
