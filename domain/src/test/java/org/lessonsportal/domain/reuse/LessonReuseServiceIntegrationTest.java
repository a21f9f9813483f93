package org.lessonsportal.domain.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.testsupport.LessonTestCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * "We are using this": another organisation's contributor records it, changes it and stops; everyone reading the
 * lesson sees who reuses it; the lesson's own organisation, a draft, or a note with patient data are refused.
 */
@SpringBootTest
class LessonReuseServiceIntegrationTest extends LessonTestCase {

    @Autowired
    LessonReuseService reuses;

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
}
