package org.lessonsportal.domain.question;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionAnswerRepository extends JpaRepository<QuestionAnswer, Long> {

    List<QuestionAnswer> findByQuestionIdInAndHiddenAtIsNullOrderByAnsweredAtAscIdAsc(Collection<Long> questionIds);

    long countByQuestionIdAndHiddenAtIsNull(Long questionId);

    List<QuestionAnswer> findByAnsweredByInAndHiddenAtIsNullOrderByAnsweredAtDescIdDesc(Collection<Long> members,
            Pageable page);
}
