package org.lessonsportal.domain.question;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionOptInRepository extends JpaRepository<QuestionOptIn, Long> {

    List<QuestionOptIn> findByMemberIdIn(Collection<Long> memberIds);
}
