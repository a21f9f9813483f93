package org.lessonsportal.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.question.AnswerView;
import org.lessonsportal.domain.question.QuestionService;
import org.lessonsportal.domain.question.QuestionView;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.testsupport.LessonTestCase;
import org.lessonsportal.testsupport.LessonTestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A lesson's answers are part of what it knows: an answer's words find the lesson; once a publisher hides the answer
 * they no longer do; a question's own words never do.
 */
@SearchIntegrationTest
class AnswersSearchIntegrationTest extends LessonTestCase {

    @Autowired
    SearchService search;
    @Autowired
    QuestionService questions;

    private List<Long> found(String words) {
        return search.search(SearchQuery.of(words)).items().stream().map(SearchHit::lessonId).toList();
    }

    private LessonDetails published() {
        LessonDetails draft = lessons.createDraft(cast.author(), LessonTestData.complete(LessonTestData.title()));
        LessonDetails submitted = lessons.submit(draft.id(), cast.author(), draft.version());
        lessons.assignReviewer(submitted.id(), cast.reviewer().memberId(), Actor.SYSTEM);
        lessons.startReview(submitted.id(), Actor.SYSTEM);
        lessons.approve(submitted.id(), Actor.SYSTEM, null);
        return lessons.publish(submitted.id(), cast.publisher());
    }

    @Test
    void anAnswersWordsFindTheLessonUntilItIsHidden() {
        LessonDetails lesson = published();
        String answerWord = SearchFixtures.marker();
        String questionWord = SearchFixtures.marker();
        String otherAnswerWord = SearchFixtures.marker();
        QuestionView question = questions.ask(cast.otherUser(), lesson.id(), "Did you use " + questionWord + "?");
        assertThat(found(answerWord)).isEmpty();

        AnswerView answer = questions.answer(cast.colleague(), question.id(), "Yes: we ran it through "
                + answerWord + " for the first month.");
        questions.answer(cast.author(), question.id(), "Our suppliers called it " + otherAnswerWord + ".");

        assertThat(found(answerWord)).as("the answer's word").containsExactly(lesson.id());
        assertThat(found(otherAnswerWord)).containsExactly(lesson.id());
        assertThat(found(questionWord)).as("questions are not what the lesson knows").isEmpty();

        questions.hide(cast.publisher(), answer.id(), "Names a product the author asked us to take out.");

        assertThat(found(answerWord)).as("hidden").isEmpty();
        assertThat(found(otherAnswerWord)).as("the other answer is still shown").containsExactly(lesson.id());
    }
}
