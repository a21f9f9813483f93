package org.lessonsportal.portal.lesson.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.portal.KaribuTest;
import org.lessonsportal.testsupport.LessonTestData;

/**
 * Reading a lesson and taking it away: back to the search it was found by (same words, filters and page), the PDF
 * and print of a published lesson, and the contact as a link to write to them.
 */
class LessonReadingTest extends KaribuTest {

    @Test
    void aLessonFoundBySearchLeadsBackToTheSameSearchWithItsFiltersAndPage() {
        String word = "qz" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);
        String title = "Back link lesson " + word;
        publish(lesson(title, "Our wards used " + word + " for referrals."));
        signIn("reader", newOdsCode(), Roles.CONTRIBUTOR);

        follow("lessons?q=" + word + "&region=london&sort=newest");
        Anchor result = _find(Anchor.class).stream().filter(a -> title.equals(a.getText())).findFirst()
                .orElseThrow();
        assertThat(result.getHref()).startsWith("lessons/").contains("?search=");
        follow(result.getHref());

        assertThat(_get(LessonView.class).getElement().getTextRecursively()).contains(title);
        Anchor back = _get(Anchor.class, spec -> spec.withId("back-to-search"));
        assertThat(back.getText()).isEqualTo("Back to your search");
        assertThat(back.getHref()).isEqualTo("lessons?q=" + word + "&sort=newest&region=london");
    }

    @Test
    void theBackLinkKeepsThePageAndIsMadeFromTheSearchNotCopiedFromTheAddress() {
        Long id = publishedLesson("Paged lesson " + newOdsCode(), newOdsCode(), ProjectType.IMAGING);
        signIn("reader", newOdsCode(), Roles.CONTRIBUTOR);

        follow("lessons/" + id + "?search=" + encode("q=imaging&projectType=imaging&page=3"));
        assertThat(_get(Anchor.class, spec -> spec.withId("back-to-search")).getHref())
                .isEqualTo("lessons?q=imaging&projectType=imaging&page=3");

        // not found by a search, or the search cannot be used: no back link, and the page works
        for (String address : List.of("lessons/" + id, "lessons/" + id + "?search=" + encode("region=atlantis"),
                "lessons/" + id + "?search=" + encode("https://evil.example/"))) {
            follow(address);
            assertThat(_get(LessonView.class).getElement().getTextRecursively()).contains("Paged lesson");
            if (address.contains("evil")) {
                // words of an unknown kind are only words: the link still goes to the portal's own search page
                _find(Anchor.class, spec -> spec.withId("back-to-search"))
                        .forEach(a -> assertThat(a.getHref()).startsWith("lessons"));
            } else {
                _assertNone(Anchor.class, spec -> spec.withId("back-to-search"));
            }
        }
    }

    @Test
    void aPublishedLessonOffersItsPdfAndPrintingADraftDoesNot() {
        Long id = publishedLesson("PDF lesson " + newOdsCode(), newOdsCode(), ProjectType.IMAGING);
        Person reader = signIn("reader", newOdsCode(), Roles.CONTRIBUTOR);

        follow("lessons/" + id);
        Anchor pdf = _get(Anchor.class, spec -> spec.withId("download-pdf"));
        assertThat(pdf.getText()).isEqualTo("Download as PDF");
        assertThat(pdf.getHref()).isEqualTo("lessons/" + id + ".pdf");
        assertThat(pdf.isRouterIgnore()).as("a file, not a route").isTrue();
        assertThat(pdf.getElement().getAttribute("download")).startsWith("lesson-" + id + "-pdf-lesson");
        _get(Button.class, spec -> spec.withId("print-lesson"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("lesson-printed-from")).getText())
                .startsWith("Printed from the Lessons Portal: http").endsWith("/lessons/" + id);

        LessonDetails draft = lessons.createDraft(reader.actor(), LessonTestData.complete("My draft"));
        follow("lessons/" + draft.id());
        _assertNone(Anchor.class, spec -> spec.withId("download-pdf"));
        _assertNone(Button.class, spec -> spec.withId("print-lesson"));
    }

    @Test
    void theContactIsALinkToWriteToThem() {
        String title = "Contact lesson " + newOdsCode();
        ObjectNode lesson = lesson(title, "Context.");
        lesson.putObject("contact").put("name", "Jo Patel").put("email", "jo.patel@example.nhs.uk");
        Long id = publish(lesson);
        signIn("reader", newOdsCode(), Roles.CONTRIBUTOR);

        follow("lessons/" + id);

        Anchor mail = _get(Anchor.class, spec -> spec.withClasses("contact-link"));
        assertThat(mail.getText()).isEqualTo("jo.patel@example.nhs.uk");
        assertThat(mail.getHref()).isEqualTo("mailto:jo.patel@example.nhs.uk?subject="
                + "Your%20lesson%20%22" + title.replace(" ", "%20") + "%22%20on%20the%20Lessons%20Portal");
        assertThat(_get(LessonView.class).getElement().getTextRecursively())
                .contains("Ask Jo Patel (jo.patel@example.nhs.uk) about this lesson.");
    }

    private static ObjectNode lesson(String title, String context) {
        ObjectNode lesson = exchangeLesson(title, newOdsCode(), ProjectType.IMAGING, Setting.ACUTE, Region.LONDON);
        lesson.put("context", context);
        return lesson;
    }

    private Long publish(ObjectNode lesson) {
        return publishAll(lesson).get(0);
    }

    private static String encode(String queryString) {
        return URLEncoder.encode(queryString, StandardCharsets.UTF_8);
    }

    /** Follows a link of the page, as the browser's router would. */
    private static void follow(String href) {
        int question = href.indexOf('?');
        UI.getCurrent().navigate(question < 0 ? href : href.substring(0, question),
                question < 0 ? QueryParameters.empty() : QueryParameters.fromString(href.substring(question + 1)));
    }
}
