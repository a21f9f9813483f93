package org.lessonsportal.portal.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonContent;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.portal.KaribuTest;

class HomeViewTest extends KaribuTest {

    @Test
    void emptyListsSayWhatToDoNext() {
        signIn("newcomer", newOdsCode(), Roles.CONTRIBUTOR);
        navigate("home");

        assertThat(text("your-lessons")).contains("You have no drafts yet — start a new lesson");
        assertThat(text("your-tasks")).contains("You have no tasks right now");
        assertThat(text("your-notifications")).contains("You have no unread notifications");
    }

    @Test
    void listsTheAuthorsLessonsWithTheirState() {
        Person author = signIn("author", newOdsCode(), Roles.CONTRIBUTOR);
        lessons.createDraft(author.actor(), LessonContent.builder().title("My first draft lesson").build());
        navigate("home");

        assertThat(text("your-lessons")).contains("My first draft lesson").contains("Draft")
                .doesNotContain("You have no drafts yet");
    }

    private static String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
