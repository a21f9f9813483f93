package org.lessonsportal.workflow.follow;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowRepository extends JpaRepository<FollowEntry, Long> {

    List<FollowEntry> findByMemberIdOrderByCreatedAtAscIdAsc(Long memberId);

    long countByMemberId(Long memberId);

    Optional<FollowEntry> findByMemberIdAndFollowKey(Long memberId, String followKey);

    List<FollowEntry> findByKindAndProjectTypeOrderByIdAsc(FollowKind kind, String projectType);

    /** Saved searches in id order, a batch at a time (keyset paging). */
    List<FollowEntry> findTop500ByKindAndIdGreaterThanOrderByIdAsc(FollowKind kind, Long afterId);
}
