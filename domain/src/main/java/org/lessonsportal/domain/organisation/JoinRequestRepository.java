package org.lessonsportal.domain.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface JoinRequestRepository extends JpaRepository<JoinRequest, Long> {

    Optional<JoinRequest> findFirstByMemberIdAndState(Long memberId, JoinRequestState state);

    Optional<JoinRequest> findFirstByMemberIdOrderByRequestedAtDescIdDesc(Long memberId);

    List<JoinRequest> findByStateOrderByRequestedAtAscIdAsc(JoinRequestState state);
}
