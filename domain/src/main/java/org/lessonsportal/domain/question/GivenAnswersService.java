package org.lessonsportal.domain.question;

import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.organisation.MemberView;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answers an organisation's people gave to questions about lessons (an organisation page's "answers to
 * questions", issue 16): reading only; asking and answering go through {@link QuestionService}.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GivenAnswersService {

    private final QuestionAnswerRepository answers;
    private final LessonQuestionRepository questions;
    private final LessonService lessons;
    private final OrganisationService organisations;

    /**
     * The latest shown answers given by people who belong to the organisation, newest first, on lessons the actor may
     * read; at most {@code limit} (1 to 50).
     */
    public List<GivenAnswer> answersGivenBy(Long organisationId, Actor actor, int limit) {
        List<Long> people = organisations.membersBelongingTo(organisationId).stream().map(MemberView::id).toList();
        if (people.isEmpty()) {
            return List.of();
        }
        List<GivenAnswer> given = new ArrayList<>();
        for (QuestionAnswer answer : answers.findByAnsweredByInAndHiddenAtIsNullOrderByAnsweredAtDescIdDesc(people,
                PageRequest.of(0, Math.max(1, Math.min(limit, 50))))) {
            try {
                LessonDetails lesson = lessons.get(answer.getLessonId(), actor);
                String question = questions.findById(answer.getQuestionId()).map(LessonQuestion::getText).orElse("");
                given.add(new GivenAnswer(lesson.id(), lesson.title(), question, answer.getText(),
                        organisations.memberName(answer.getAnsweredBy()), answer.getAnsweredAt()));
            } catch (NotFoundException e) {
                // a lesson out of the reader's sight (archived away, say): its answers are not shown
            }
        }
        return given;
    }
}
