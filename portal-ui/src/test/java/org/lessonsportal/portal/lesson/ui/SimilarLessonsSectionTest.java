package org.lessonsportal.portal.lesson.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.lessonsportal.portal.discover.ui.DiscoverTestLessons.word;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.portal.KaribuTest;
import org.lessonsportal.testsupport.LessonTestData;

/** "Similar lessons" on a published lesson's page, and only there. */
class SimilarLessonsSectionTest extends KaribuTest {

    @Test
    void aPublishedLessonShowsTheLessonsMostLikeItWithWhyTheyMatched() {
        String word = word();
        String other = word();
        String odsA = newOdsCode();
        String odsB = newOdsCode();
        ObjectNode a = lesson("Kiosk check-in with " + word + " and " + other, odsA,
                "Our outpatients moved to " + word + " kiosks with " + other + " screens.");
        ObjectNode b = lesson("Self check-in kiosks: " + word + " and " + other, odsB,
                "The clinics chose " + word + " kiosks and " + other + " screens for arrivals.");
        Long first = publishAll(a, b).get(0);
        signIn("reader", newOdsCode(), Roles.CONTRIBUTOR);

        navigate("lessons/" + first);

        Section section = _get(Section.class, spec -> spec.withId("similar-lessons"));
        String text = section.getElement().getTextRecursively();
        assertThat(text).startsWith("Similar lessons")
                .contains("Self check-in kiosks: " + word + " and " + other)
                .contains("From Test organisation " + odsB + " (" + odsB + ")")
                .doesNotContain("Kiosk check-in with " + word)
                .containsPattern("Same type of project \\(Patient-facing digital services\\)|Mentions");
    }

    @Test
    void theReasonNamesTheSharedSettingAndChallengeAndNoFillerWords() {
        String word = word();
        ObjectNode a = lesson("Getting the main kiosks based on " + word, newOdsCode(),
                "Getting poor kiosks based on " + word + " working was the main thing.");
        ObjectNode b = lesson("Poor kiosks at the main entrance, " + word, newOdsCode(),
                "The main problem was getting " + word + " kiosks based in poor spots.");
        Long first = publishAll(a, b).get(0);
        signIn("reader", newOdsCode(), Roles.CONTRIBUTOR);

        navigate("lessons/" + first);

        // the reason given for the other lesson (other tests' lessons may be listed too, with their own reasons)
        String reason = _find(Paragraph.class, spec -> spec.withClasses("lesson-similar__reason")).stream()
                .map(Paragraph::getText).filter(text -> text.contains(word)).findFirst()
                .orElseThrow(() -> new AssertionError("no reason mentions " + word));
        assertThat(reason).contains("Same type of project (Patient-facing digital services); same care setting "
                + "(Acute hospital); same challenge (Data migration); mentions ");
        assertThat(reason.substring(reason.indexOf("mentions "))).doesNotContainIgnoringCase("getting")
                .doesNotContainIgnoringCase("poor").doesNotContainIgnoringCase("main")
                .doesNotContainIgnoringCase("based");
    }

    @Test
    void aDraftHasNoSimilarLessons() {
        Person author = signIn("author", newOdsCode(), Roles.CONTRIBUTOR);
        LessonDetails draft = lessons.createDraft(author.actor(), LessonTestData.complete("Kiosk check-in draft"));
        navigate("lessons/" + draft.id());
        _assertNone(Section.class, spec -> spec.withId("similar-lessons"));
    }

    private static ObjectNode lesson(String title, String ods, String context) {
        ObjectNode lesson = exchangeLesson(title, ods, ProjectType.PATIENT_FACING_DIGITAL, Setting.ACUTE,
                Region.NORTH_WEST);
        lesson.put("context", context);
        lesson.put("summary", "What we learned about " + title + ".");
        return lesson;
    }
}
