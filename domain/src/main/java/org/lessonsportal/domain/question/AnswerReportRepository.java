package org.lessonsportal.domain.question;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerReportRepository extends JpaRepository<AnswerReport, Long> {

    boolean existsByAnswerIdAndReportedBy(Long answerId, Long reportedBy);

    List<AnswerReport> findByAnswerIdIn(Collection<Long> answerIds);
}
