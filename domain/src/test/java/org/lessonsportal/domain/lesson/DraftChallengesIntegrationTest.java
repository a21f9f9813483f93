package org.lessonsportal.domain.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.taxonomy.ChallengeType;
import org.lessonsportal.testsupport.LessonTestCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Challenge blocks left empty in a draft (no type, no description, no resolution) are not challenges: they are
 * dropped, the others keep their order, and the draft saves again and again without trouble.
 */
@SpringBootTest
class DraftChallengesIntegrationTest extends LessonTestCase {

    static final Challenge FIRST = new Challenge(ChallengeType.DATA_MIGRATION, "Old codes did not map.", null);
    static final Challenge SECOND = new Challenge(null, "Ward printers failed on the day.", "Spare printers.");
    static final Challenge THIRD = new Challenge(ChallengeType.TRAINING_ADOPTION, null, null);
    static final Challenge EMPTY = new Challenge(null, "  ", "");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDraftWithAnEmptyChallengeBlockSavesAgainAndKeepsTheOthersInOrder() {
        LessonDetails draft = lessons.createDraft(cast.author(), content("Paper notes", FIRST, EMPTY, SECOND));
        assertThat(lessons.get(draft.id(), cast.author()).content().challenges()).containsExactly(FIRST, SECOND);

        LessonDetails saved = lessons.saveDraft(draft.id(), cast.author(), content("Paper notes, again", FIRST,
                EMPTY, SECOND, EMPTY, THIRD), draft.version());

        assertThat(saved.content().title()).isEqualTo("Paper notes, again");
        assertThat(saved.content().challenges()).containsExactly(FIRST, SECOND, THIRD);
        assertThat(lessons.get(draft.id(), cast.author()).content().challenges()).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void emptyBlocksAnywhereInTheListSaveOverAndOverWithoutError() {
        LessonDetails draft = lessons.createDraft(cast.author(), content("Blank blocks", EMPTY));
        assertThat(draft.content().challenges()).isEmpty();

        List<List<Challenge>> edits = List.of(
                List.of(EMPTY, FIRST),
                List.of(EMPTY, FIRST, EMPTY),
                List.of(FIRST, EMPTY, SECOND, EMPTY),
                List.of(EMPTY, EMPTY, SECOND, FIRST, THIRD),
                List.of(SECOND, EMPTY),
                List.of(EMPTY));
        LessonDetails current = draft;
        for (List<Challenge> edit : edits) {
            current = lessons.saveDraft(draft.id(), cast.author(), content("Blank blocks", edit.toArray(
                    Challenge[]::new)), current.version());
            List<Challenge> expected = new ArrayList<>(edit);
            expected.removeIf(c -> c.equals(EMPTY));
            assertThat(current.content().challenges()).as("after saving %s", edit).containsExactlyElementsOf(expected);
            assertThat(lessons.get(draft.id(), cast.author()).content().challenges()).as("read back after %s", edit)
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void anEmptyBlockAloneMakesNoChange() {
        LessonDetails draft = lessons.createDraft(cast.author(), content("Nothing new", FIRST));
        LessonDetails again = lessons.saveDraft(draft.id(), cast.author(), content("Nothing new", FIRST, EMPTY),
                draft.version());
        assertThat(again.version()).isEqualTo(draft.version());
        assertThat(again.content().challenges()).containsExactly(FIRST);
    }

    @Test
    void aChallengeWithOnlyATypeOrOnlyTextIsKept() {
        Challenge typeOnly = new Challenge(ChallengeType.CYBER_SECURITY, null, null);
        Challenge resolutionOnly = new Challenge(null, null, "We lived with it.");
        LessonDetails draft = lessons.createDraft(cast.author(), content("Partial", typeOnly, EMPTY, resolutionOnly));
        LessonDetails saved = lessons.saveDraft(draft.id(), cast.author(), content("Partial.", typeOnly, EMPTY,
                resolutionOnly), draft.version());
        assertThat(saved.content().challenges()).containsExactly(typeOnly, resolutionOnly);
    }

    @Test
    void emptyRowsStoredByAnEarlierVersionAreSkippedAndClearedOnTheNextSave() {
        LessonDetails draft = lessons.createDraft(cast.author(), content("Older draft", FIRST, SECOND));
        // What earlier versions stored for [FIRST, empty block, SECOND, empty block]
        jdbc.update("update lesson_challenge set list_index = 2 where lesson_id = ? and list_index = 1", draft.id());
        jdbc.update("insert into lesson_challenge (lesson_id, list_index) values (?, 1)", draft.id());
        jdbc.update("insert into lesson_challenge (lesson_id, list_index) values (?, 3)", draft.id());

        assertThat(lessons.get(draft.id(), cast.author()).content().challenges()).containsExactly(FIRST, SECOND);

        LessonDetails saved = lessons.saveDraft(draft.id(), cast.author(), content("Older draft", FIRST, THIRD,
                SECOND), draft.version());

        assertThat(saved.content().challenges()).containsExactly(FIRST, THIRD, SECOND);
        assertThat(lessons.get(draft.id(), cast.author()).content().challenges()).containsExactly(FIRST, THIRD, SECOND);
        assertThat(jdbc.queryForList("select list_index from lesson_challenge where lesson_id = ? order by list_index",
                Integer.class, draft.id())).containsExactly(0, 1, 2);
    }

    private static LessonContent content(String title, Challenge... challenges) {
        return LessonContent.builder().title(title).challenges(List.of(challenges)).build();
    }
}
