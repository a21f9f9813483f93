package org.lessonsportal.domain.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.audit.AuditEntry;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.testsupport.LessonTestCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * "Questions to the team": another organisation asks, the lesson's organisation answers, anyone reports an answer and a
 * publisher hides it (audited); the wrong people, a lesson not published and patient data are refused, and nothing
 * is stored then.
 */
@SpringBootTest
class QuestionServiceIntegrationTest extends LessonTestCase {

    @Autowired
    QuestionService questions;
    @Autowired
    Events events;

    LessonDetails lesson;

    @BeforeEach
    void publish() {
        lesson = data.published(cast.author(), cast.reviewer(), cast.publisher());
        events.seen.clear();
    }

    @Test
    void anotherOrganisationAsksTheTeamAnswersAndEveryoneReadsIt() {
        QuestionView asked = questions.ask(cast.otherUser(), lesson.id(), "  How long did the data migration take?  ");

        assertThat(asked.text()).isEqualTo("How long did the data migration take?");
        assertThat(asked.organisationName()).isEqualTo(cast.other().name());
        assertThat(asked.answered()).isFalse();
        assertThat(events.seen).singleElement().isEqualTo(new QuestionAsked(asked.id(), lesson.id(),
                cast.otherUser().memberId(), asked.askedAt()));
        assertThat(questions.isAnswered(asked.id())).isFalse();

        AnswerView answer = questions.answer(cast.colleague(), asked.id(), "Six weeks, with two dry runs.");
        AnswerView second = questions.answer(cast.author(), asked.id(), "And a week of checks afterwards.");

        assertThat(questions.isAnswered(asked.id())).isTrue();
        assertThat(events.seen).filteredOn(QuestionAnswered.class::isInstance).map(QuestionAnswered.class::cast)
                .extracting(QuestionAnswered::answerId, QuestionAnswered::first, QuestionAnswered::askedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(answer.id(), true, cast.otherUser().memberId()),
                        org.assertj.core.groups.Tuple.tuple(second.id(), false, cast.otherUser().memberId()));
        List<QuestionView> read = questions.questionsOf(lesson.id(), cast.secondReviewer());
        assertThat(read).singleElement().satisfies(q -> {
            assertThat(q.answered()).isTrue();
            assertThat(q.answers()).extracting(AnswerView::text).containsExactly("Six weeks, with two dry runs.",
                    "And a week of checks afterwards.");
        });
    }

    @Test
    void theLessonsOwnOrganisationAsksNothingAndOthersAnswerNothing() {
        assertThatThrownBy(() -> questions.ask(cast.colleague(), lesson.id(), "Why?"))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("This lesson is your own organisation's: answer questions about it instead.");
        assertThatThrownBy(() -> questions.ask(cast.author(), lesson.id(), "Why?"))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> questions.ask(cast.admin(), lesson.id(), "Why?"))
                .isInstanceOf(NotAllowedException.class);

        QuestionView asked = questions.ask(cast.reviewer(), lesson.id(), "Which supplier did you use?");
        assertThatThrownBy(() -> questions.answer(cast.otherUser(), asked.id(), "I think it was ..."))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("Only the author and people in the lesson's organisation can answer questions about it.");
        assertThatThrownBy(() -> questions.answer(cast.sameOrganisationReviewer(), -1L, "Yes"))
                .isInstanceOf(NotFoundException.class);
        assertThat(questions.isAnswered(asked.id())).isFalse();

        LessonDetails draft = data.draft(cast.author());
        assertThatThrownBy(() -> questions.ask(cast.otherUser(), draft.id(), "What is this?"))
                .as("a draft is not even visible to another organisation").isInstanceOf(NotFoundException.class);
        LessonDetails inReview = data.inReview(cast.author(), cast.reviewer());
        assertThatThrownBy(() -> questions.ask(cast.publisher(), inReview.id(), "Ready yet?"))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("Questions can only be asked about a published lesson.");
    }

    @Test
    void patientDataAnEmptyTextAndTooLongATextAreRefusedAndNothingIsKept() {
        assertThatThrownBy(() -> questions.ask(cast.otherUser(), lesson.id(),
                "Did Mrs Smith (NHS number 943 476 5919) see the new letters?"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messagesFor("question"))
                        .anyMatch(m -> m.startsWith("your question seems to contain an NHS number")));
        assertThatThrownBy(() -> questions.ask(cast.otherUser(), lesson.id(), "   "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messagesFor("question"))
                        .containsExactly("write your question"));
        assertThatThrownBy(() -> questions.ask(cast.otherUser(), lesson.id(), "x".repeat(
                QuestionService.QUESTION_MAX + 1))).isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.messagesFor("question")).containsExactly("your question must be 1000 characters "
                                + "or fewer (it is 1001)"));
        assertThat(questions.questionsOf(lesson.id(), cast.otherUser())).isEmpty();

        QuestionView asked = questions.ask(cast.otherUser(), lesson.id(), "Who ran the training?");
        assertThatThrownBy(() -> questions.answer(cast.author(), asked.id(), "Our nurse trained patient 943 476 "
                + "5919 first.")).isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.messagesFor("answer")).anyMatch(m -> m.startsWith("your answer seems to contain "
                                + "an NHS number")));
        assertThat(questions.isAnswered(asked.id())).isFalse();
        assertThat(events.seen).noneMatch(QuestionAnswered.class::isInstance);
    }

    @Test
    void anyoneReportsAnAnswerAndAPublisherHidesItWithAReasonInTheAuditTrail() {
        QuestionView asked = questions.ask(cast.otherUser(), lesson.id(), "What did it cost?");
        AnswerView answer = questions.answer(cast.author(), asked.id(), "Call me on my mobile and I will tell you.");

        assertThatThrownBy(() -> questions.report(cast.secondReviewer(), answer.id(),
                "It names Mrs Jones, NHS number 943 476 5919")).as("the reason goes into the audit trail")
                .isInstanceOf(ValidationException.class).hasMessageContaining("NHS number");
        assertThat(questions.report(cast.secondReviewer(), answer.id(), "Not an answer")).isTrue();
        assertThat(questions.report(cast.secondReviewer(), answer.id(), null)).as("once per person").isFalse();
        assertThat(questions.report(cast.otherUser(), answer.id(), null)).isTrue();
        assertThat(questions.questionsOf(lesson.id(), cast.secondReviewer()).get(0).answers()).singleElement()
                .satisfies(a -> {
                    assertThat(a.reports()).isEqualTo(2);
                    assertThat(a.reportedByYou()).isTrue();
                });

        assertThatThrownBy(() -> questions.hide(cast.otherUser(), answer.id(), "Not helpful at all"))
                .isInstanceOf(NotAllowedException.class).hasMessage("Only a publisher can hide an answer.");
        assertThatThrownBy(() -> questions.hide(cast.publisher(), answer.id(), " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messagesFor("reason"))
                        .containsExactly("say why the answer is hidden"));
        questions.hide(cast.publisher(), answer.id(), "Asks people to phone rather than answering.");

        assertThat(events.seen).filteredOn(AnswerHidden.class::isInstance).singleElement()
                .extracting(e -> ((AnswerHidden) e).answerId()).isEqualTo(answer.id());
        assertThat(questions.questionsOf(lesson.id(), cast.otherUser()).get(0).answers()).isEmpty();
        assertThatThrownBy(() -> questions.report(cast.otherUser(), answer.id(), null))
                .as("a hidden answer is gone").isInstanceOf(NotFoundException.class);
        List<AuditEntry> trail = lessons.auditTrail(lesson.id(), cast.publisher());
        assertThat(trail).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("answer.hidden");
            assertThat(entry.reason()).isEqualTo("Asks people to phone rather than answering.");
            assertThat(entry.description()).contains("Call me on my mobile");
        });
        assertThat(trail).filteredOn(entry -> entry.action().equals("answer.reported")).hasSize(2);
    }

    @Test
    void theAuthorIsAlwaysToldColleaguesOnlyWhenTheyOptedInAndTheRestWhenItWaitsTooLong() {
        Actor keen = data.member(cast.home(), Roles.CONTRIBUTOR);
        assertThat(questions.tellsMeAboutQuestions(keen)).as("off by default").isFalse();
        questions.tellMeAboutQuestions(keen, true);
        assertThat(questions.tellsMeAboutQuestions(keen)).isTrue();

        QuestionView asked = questions.ask(cast.otherUser(), lesson.id(), "Did you keep paper as a fallback?");

        assertThat(questions.toTellAtOnce(asked.id())).containsExactlyInAnyOrder(cast.author().memberId(),
                keen.memberId());
        assertThat(questions.restOfTheTeam(asked.id())).contains(cast.colleague().memberId(),
                cast.sameOrganisationReviewer().memberId()).doesNotContain(cast.author().memberId(),
                keen.memberId(), cast.otherUser().memberId());

        questions.tellMeAboutQuestions(keen, false);
        assertThat(questions.toTellAtOnce(asked.id())).containsExactly(cast.author().memberId());
    }

    /** Records the question events published. */
    @TestConfiguration
    static class EventsConfiguration {
        @Bean
        Events questionEvents() {
            return new Events();
        }
    }

    static class Events {
        final List<Object> seen = new ArrayList<>();

        @EventListener
        void asked(QuestionAsked event) {
            seen.add(event);
        }

        @EventListener
        void answered(QuestionAnswered event) {
            seen.add(event);
        }

        @EventListener
        void hidden(AnswerHidden event) {
            seen.add(event);
        }
    }
}
