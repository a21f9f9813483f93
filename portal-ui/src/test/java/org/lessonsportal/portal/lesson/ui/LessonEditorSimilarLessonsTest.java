package org.lessonsportal.portal.lesson.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.lessonsportal.portal.discover.ui.DiscoverTestLessons.publish;
import static org.lessonsportal.portal.discover.ui.DiscoverTestLessons.word;

import com.vaadin.flow.component.html.H2;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonContent;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.search.SimilarLesson;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.portal.KaribuTest;

/** "Others have done this before" next to the lesson editor. */
class LessonEditorSimilarLessonsTest extends KaribuTest {

    @Test
    void showsUpToFiveLessonsFromOtherOrganisationsAsTheAuthorWritesAndStillSaves() {
        String ods = newOdsCode();
        String word = word();
        Person author = signIn("author", ods, Roles.CONTRIBUTOR);
        Long ours = publish(exchange, "Our own earlier lesson about it", ods, ProjectType.IMAGING, Setting.ACUTE,
                word);
        for (int i = 1; i <= 6; i++) {
            publish(exchange, "Someone else's lesson number " + i, newOdsCode(), ProjectType.IMAGING,
                    Setting.ACUTE, word);
        }
        navigate("lessons/new");
        LessonEditorView view = _get(LessonEditorView.class);
        assertThat(view.similar.hasLessons()).isFalse();
        assertThat(headingShown(view)).isFalse();

        _setValue(view.editor.form.title, "All about our own " + word);

        // the autosave happened as before
        assertThat(view.editor.lessonId()).isNotNull();
        assertThat(view.editor.saveStatus()).matches("Saved at \\d\\d:\\d\\d");
        assertThat(lessons.get(view.editor.lessonId(), author.actor()).title())
                .isEqualTo("All about our own " + word);
        // and the panel shows five lessons, none of the author's own organisation
        assertThat(view.similar.hasLessons()).isTrue();
        assertThat(headingShown(view)).isTrue();
        List<Long> ids = view.similar.lessons().stream().map(SimilarLesson::lessonId).toList();
        assertThat(ids).hasSize(LessonEditorView.SIMILAR).doesNotContain(ours);
        assertThat(view.similar.statusText()).isEqualTo("We found 5 lessons from other organisations like yours.");
        String text = view.similar.getElement().getTextRecursively();
        assertThat(text).contains("Others have done this before").contains("Someone else's lesson number")
                .contains("Mentions " + word).contains("To contact").doesNotContain("Our own earlier lesson");

        // the type counts too
        _setValue(view.editor.form.projectType, ProjectType.IMAGING);
        assertThat(view.similar.getElement().getTextRecursively())
                .contains("Same type of project (Imaging (PACS and radiology)); mentions " + word + ".");
        assertThat(lessons.get(view.editor.lessonId(), author.actor()).content().projectType())
                .isEqualTo(ProjectType.IMAGING);
    }

    @Test
    void showsNothingWhenNothingIsFound() {
        signIn("author", newOdsCode(), Roles.CONTRIBUTOR);
        navigate("lessons/new");
        LessonEditorView view = _get(LessonEditorView.class);

        _setValue(view.editor.form.title, "All about " + word() + " and " + word());
        _setValue(view.editor.form.summary, "And then " + word() + " and so on, over and over again.");

        assertThat(view.editor.lessonId()).isNotNull();
        assertThat(view.similar.hasLessons()).isFalse();
        assertThat(headingShown(view)).isFalse();
        assertThat(view.similar.statusText()).isEmpty();
        assertThat(view.similar.getClassNames()).contains("similar-lessons--empty");
    }

    @Test
    void aSavedDraftShowsItsSimilarLessonsWhenOpened() {
        String word = word();
        Person author = signIn("author", newOdsCode(), Roles.CONTRIBUTOR);
        Long theirs = publish(exchange, "Their lesson about the same thing", newOdsCode(), ProjectType.PAPERLESS,
                Setting.COMMUNITY, word);
        LessonDetails draft = lessons.createDraft(author.actor(), LessonContent.builder()
                .title("All about our " + word).context("Then we did " + word + " again and again.")
                .build());

        navigate("lessons/" + draft.id() + "/edit");
        LessonEditorView view = _get(LessonEditorView.class);

        assertThat(view.similar.lessons()).extracting(SimilarLesson::lessonId).containsExactly(theirs);
        assertThat(view.similar.statusText()).isEqualTo(
                "We found 1 lesson from another organisation like yours.");
    }

    private static boolean headingShown(LessonEditorView view) {
        return _find(view.similar, H2.class).stream().anyMatch(h -> h.isVisible()
                && h.getText().equals("Others have done this before"));
    }
}
