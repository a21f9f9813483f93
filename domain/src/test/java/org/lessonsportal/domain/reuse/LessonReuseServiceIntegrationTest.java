package org.lessonsportal.domain.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.ExportScope;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonExchangeService;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonStateException;
import org.lessonsportal.domain.lesson.LessonSummary;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.testsupport.LessonTestCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * "We are using this": another organisation's contributor records it, changes it and stops; everyone reading the
 * lesson sees who reuses it; the lesson's own organisation, a draft, or a note with patient data are refused.
 */
@SpringBootTest
@RecordApplicationEvents
class LessonReuseServiceIntegrationTest extends LessonTestCase {

    @Autowired
    LessonReuseService reuses;

    @Autowired
    LessonService lessonService;

    @Autowired
    LessonExchangeService exchange;

    @Autowired
    ApplicationEvents events;

    @Test
    void anotherOrganisationRecordsChangesAndStopsItsReuseAndReadersSeeIt() {
        LessonDetails lesson = data.published(cast.author(), cast.reviewer(), cast.publisher());
        Actor third = data.member(data.organisation(), Roles.CONTRIBUTOR);

        ReuseView planning = reuses.record(cast.otherUser(), lesson.id(), ReuseStage.PLANNING,
                "  For our outpatients EPR go-live in the spring.  ");
        reuses.record(third, lesson.id(), ReuseStage.UNDER_WAY, null);

        assertThat(planning.organisation()).isEqualTo(cast.other().name() + " (" + cast.other().odsCode() + ")");
        assertThat(planning.note()).isEqualTo("For our outpatients EPR go-live in the spring.");
        assertThat(reuses.reusersOf(lesson.id(), cast.author())).extracting(ReuseView::organisationId)
                .containsExactlyInAnyOrder(cast.other().id(), third.organisationId());
        assertThat(reuses.counts(List.of(lesson.id(), -1L))).containsEntry(lesson.id(), 2L).containsEntry(-1L, 0L);

        ReuseView done = reuses.record(cast.otherUser(), lesson.id(), ReuseStage.DONE, null);
        assertThat(done.id()).as("one record per organisation").isEqualTo(planning.id());
        assertThat(reuses.ours(lesson.id(), cast.otherUser())).get().extracting(ReuseView::stage)
                .isEqualTo(ReuseStage.DONE);
        assertThat(reuses.counts(List.of(lesson.id()))).containsEntry(lesson.id(), 2L);

        assertThat(reuses.stop(cast.otherUser(), lesson.id())).isTrue();
        assertThat(reuses.ours(lesson.id(), cast.otherUser())).isEmpty();
        assertThat(reuses.counts(List.of(lesson.id()))).containsEntry(lesson.id(), 1L);
    }

    @Test
    void theLessonsOwnOrganisationADraftAndPatientDataAreRefused() {
        LessonDetails lesson = data.published(cast.author(), cast.reviewer(), cast.publisher());
        assertThatThrownBy(() -> reuses.record(cast.colleague(), lesson.id(), ReuseStage.PLANNING, null))
                .isInstanceOf(NotAllowedException.class).hasMessage("This lesson is your own organisation's: you "
                        + "cannot say your organisation is reusing it.");
        assertThatThrownBy(() -> reuses.record(cast.reviewer(), lesson.id(), ReuseStage.PLANNING, null))
                .isInstanceOf(NotAllowedException.class);

        LessonDetails draft = data.draft(cast.author());
        assertThatThrownBy(() -> reuses.record(cast.otherUser(), draft.id(), ReuseStage.PLANNING, null))
                .as("a draft is not even visible to another organisation").isInstanceOf(NotFoundException.class);

        assertThatThrownBy(() -> reuses.record(cast.otherUser(), lesson.id(), null,
                "Tried first with Mrs Smith, NHS number 943 476 5919."))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.messagesFor("stage")).containsExactly("say how far your project is");
                    assertThat(e.messagesFor("note")).anyMatch(m -> m.startsWith("the note seems to contain an NHS "
                            + "number"));
                });
        assertThat(reuses.reusersOf(lesson.id(), cast.otherUser())).isEmpty();
    }

    @Test
    void theOrganisationIsAskedOnceHowItWentAndSaysSoAndTheWorkflowIsToldWhenItStartsAndStops() {
        LessonDetails lesson = data.published(cast.author(), cast.reviewer(), cast.publisher());
        ReuseView reuse = reuses.record(cast.otherUser(), lesson.id(), ReuseStage.UNDER_WAY, null);
        reuses.record(cast.otherUser(), lesson.id(), ReuseStage.DONE, null);
        assertThat(events.stream(LessonReuseStarted.class)).as("told once, when the reuse starts")
                .singleElement().satisfies(e -> {
                    assertThat(e.reuseId()).isEqualTo(reuse.id());
                    assertThat(e.recordedBy()).isEqualTo(cast.otherUser().memberId());
                });

        assertThatThrownBy(() -> reuses.askHowItWent(cast.publisher(), reuse.id()))
                .isInstanceOf(NotAllowedException.class);
        assertThat(reuses.awaitingOutcome(cast.otherUser())).isEmpty();
        assertThat(reuses.askHowItWent(Actor.SYSTEM, reuse.id())).get()
                .satisfies(r -> assertThat(r.recordedById()).isEqualTo(cast.otherUser().memberId()));
        assertThat(reuses.askHowItWent(Actor.SYSTEM, reuse.id())).as("asked once").isEmpty();
        assertThat(reuses.awaitingOutcome(cast.otherUser())).extracting(ReuseView::lessonId)
                .containsExactly(lesson.id());

        assertThatThrownBy(() -> reuses.tellHowItWent(cast.otherUser(), lesson.id(), "  "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messagesFor("outcome"))
                        .containsExactly("say in a few words how it went"));
        assertThatThrownBy(() -> reuses.tellHowItWent(cast.otherUser(), lesson.id(),
                "Went well; Mr Jones (NHS number 943 476 5919) was our first patient on it."))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messagesFor("outcome"))
                        .anyMatch(m -> m.startsWith("your answer seems to contain")));
        ReuseView told = reuses.tellHowItWent(cast.otherUser(), lesson.id(),
                " Live in four wards in six weeks, half the time the first trust took. ");
        assertThat(told.outcome()).isEqualTo("Live in four wards in six weeks, half the time the first trust took.");
        assertThat(told.awaitsOutcome()).isFalse();
        assertThat(reuses.awaitingOutcome(cast.otherUser())).isEmpty();
        assertThat(reuses.reusersOf(lesson.id(), cast.author())).singleElement()
                .extracting(ReuseView::outcome).isEqualTo(told.outcome());

        Actor stranger = data.member(data.organisation(), Roles.CONTRIBUTOR);
        assertThatThrownBy(() -> reuses.tellHowItWent(stranger, lesson.id(), "Fine."))
                .as("an organisation that never said it reuses the lesson").isInstanceOf(NotFoundException.class);

        reuses.stop(cast.otherUser(), lesson.id());
        assertThat(events.stream(LessonReuseStopped.class)).singleElement()
                .extracting(LessonReuseStopped::reuseId).isEqualTo(reuse.id());
    }

    @Test
    void aLessonBuildsOnAPublishedLessonAndBothSidesAndTheExportShowTheLink() throws Exception {
        LessonDetails first = data.published(cast.author(), cast.reviewer(), cast.publisher());
        reuses.record(cast.otherUser(), first.id(), ReuseStage.DONE, null);

        LessonDetails ours = lessonService.buildOn(data.draft(cast.otherUser()).id(), cast.otherUser(), first.id());
        assertThat(ours.buildsOnId()).isEqualTo(first.id());
        assertThat(lessonService.buildingOn(first.id())).as("a draft is not shown on the first lesson").isEmpty();

        LessonDetails unpublished = data.draft(cast.author());
        assertThatThrownBy(() -> lessonService.buildOn(ours.id(), cast.otherUser(), unpublished.id()))
                .as("another organisation's draft is not even visible").isInstanceOf(NotFoundException.class);
        LessonDetails colleagues = data.draft(cast.colleague());
        assertThatThrownBy(() -> lessonService.buildOn(colleagues.id(), cast.colleague(), unpublished.id()))
                .isInstanceOf(LessonStateException.class).hasMessageContaining("can only build on a published lesson");
        assertThatThrownBy(() -> lessonService.buildOn(colleagues.id(), cast.colleague(), colleagues.id()))
                .isInstanceOf(LessonStateException.class);
        assertThatThrownBy(() -> lessonService.buildOn(first.id(), cast.otherUser(), ours.id()))
                .as("only the author's own draft").isInstanceOf(RuntimeException.class);

        LessonDetails second = lessonService.publish(lessonService.approve(lessonService.startReview(
                publishedLater(lessonService.get(ours.id(), cast.otherUser())), Actor.SYSTEM).id(), Actor.SYSTEM,
                null).id(), cast.publisher());
        assertThat(lessonService.buildingOn(first.id())).extracting(LessonSummary::id).containsExactly(second.id());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exchange.exportAsSystem(out, ExportScope.organisations(Set.of(cast.other().id(),
                cast.home().id())));
        JsonNode exported = new ObjectMapper().readTree(out.toByteArray()).get("lessons");
        JsonNode firstWritten = written(exported, first.title());
        JsonNode secondWritten = written(exported, second.title());
        assertThat(secondWritten.get("buildsOn").asText()).isEqualTo(firstWritten.get("id").asText());
        assertThat(firstWritten.has("buildsOn")).isFalse();
        assertThat(firstWritten.get("reuseCount").asLong()).isEqualTo(1);
        assertThat(secondWritten.get("reuseCount").asLong()).isZero();
    }

    private static JsonNode written(JsonNode lessons, String title) {
        for (JsonNode lesson : lessons) {
            if (lesson.get("title").asText().equals(title)) {
                return lesson;
            }
        }
        throw new AssertionError("Not exported: " + title);
    }

    /** Submits the draft and gives it a reviewer of a third organisation. */
    private Long publishedLater(LessonDetails draft) {
        LessonDetails submitted = lessonService.submit(draft.id(), cast.otherUser(), draft.version());
        lessonService.assignReviewer(submitted.id(), data.member(data.organisation(), Roles.REVIEWER).memberId(),
                Actor.SYSTEM);
        return submitted.id();
    }
}
