package org.lessonsportal.portal.discover.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.lessonsportal.portal.discover.ui.DiscoverTestLessons.open;
import static org.lessonsportal.portal.discover.ui.DiscoverTestLessons.publish;
import static org.lessonsportal.portal.discover.ui.DiscoverTestLessons.word;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.search.SearchService;
import org.lessonsportal.domain.search.SimilarLesson;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.portal.KaribuTest;

class StartProjectViewTest extends KaribuTest {

    @Test
    void showsSimilarLessonsFromOtherOrganisationsOnlyWithWhoToContactAndWhy() {
        String ods = newOdsCode();
        String other = newOdsCode();
        String word = word();
        signIn("starter", ods, Roles.CONTRIBUTOR);
        Long theirs = publish(exchange, "Retiring the old pager system at Riverford", other,
                ProjectType.INFRASTRUCTURE_CLOUD, Setting.ACUTE, word);
        Long ours = publish(exchange, "Our own pager replacement", ods, ProjectType.INFRASTRUCTURE_CLOUD,
                Setting.ACUTE, word);
        navigate("start");
        StartProjectView page = _get(StartProjectView.class);

        _setValue(page.description, "We are doing " + word + " at our own.");

        assertThat(ids(page)).contains(theirs).doesNotContain(ours);
        assertThat(page.similar.statusText()).isEqualTo(
                "We found 1 lesson from another organisation like your project.");
        String text = page.similar.getElement().getTextRecursively();
        assertThat(text).contains("Retiring the old pager system at Riverford")
                .contains("Test organisation " + other + " (ODS code " + other + ")")
                .contains("Sam Contact")
                .contains("Infrastructure and cloud")
                .contains("Mentions " + word)
                .doesNotContain("Our own pager replacement");
        assertThat(page.similar.getElement().getOuterHTML()).contains("href=\"lessons/" + theirs + "\"");

        // choosing the type adds it to the reason, and the playbook link follows the type
        _setValue(page.projectType, ProjectType.INFRASTRUCTURE_CLOUD);

        assertThat(page.similar.getElement().getTextRecursively())
                .contains("Same type of project (Infrastructure and cloud); mentions " + word + ".");
        assertThat(page.playbookLink.getHref()).isEqualTo("playbook?projectType=infrastructure-cloud");
        assertThat(page.playbookLink.getText()).contains("Infrastructure and cloud");
    }

    @Test
    void looksAsTheDescriptionChangesAfterAShortPause() {
        StartProjectView page = signInAndOpen("start");

        assertThat(page.description.getValueChangeMode()).isEqualTo(ValueChangeMode.TIMEOUT);
        assertThat(page.description.getValueChangeTimeout()).isEqualTo(StartProjectView.TYPING_PAUSE_MS);
        assertThat(page.description.getLabel()).isEqualTo("Describe your project");
        assertThat(page.description.getHelperText()).isNotBlank();
        assertThat(_get(H1.class).getText()).isEqualTo("Starting a project?");
        assertThat(page.similar.getElement().getAttribute("id")).isEqualTo("similar-lessons");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("similar-lessons-status")).getElement().getAttribute("aria-live"))
                .isEqualTo("polite");

        String first = word();
        String second = word();
        Long one = publish(exchange, "Moving the first thing to the cloud", newOdsCode(),
                ProjectType.INFRASTRUCTURE_CLOUD, Setting.COMMUNITY, first);
        Long two = publish(exchange, "Moving the second thing to the cloud", newOdsCode(),
                ProjectType.INFRASTRUCTURE_CLOUD, Setting.COMMUNITY, second);

        _setValue(page.description, "All of our " + first);
        assertThat(ids(page)).containsExactly(one);

        _setValue(page.description, "All of our " + second);
        assertThat(ids(page)).containsExactly(two);
    }

    @Test
    void emptyStatesSayWhatToDo() {
        StartProjectView page = signInAndOpen("start");

        assertThat(page.similar.emptyText()).startsWith("Tell us a little more about your project");
        assertThat(page.similar.statusText()).isEmpty();
        assertThat(page.similar.lessons()).isEmpty();
        assertThat(page.playbookLink.getHref()).isEqualTo("playbook");

        _setValue(page.description, "All of " + word() + " and " + word() + " before");

        assertThat(page.similar.lessons()).isEmpty();
        assertThat(page.similar.statusText())
                .isEqualTo("We found no lessons from other organisations like your project yet.");
        assertThat(page.similar.emptyText()).startsWith("Try describing it in other words");

        _setValue(page.description, "   ");
        assertThat(page.similar.emptyText()).startsWith("Tell us a little more about your project");
        assertThat(page.similar.statusText()).isEmpty();
    }

    @Test
    void aVeryLongDescriptionIsKeptWholeAndOnlyItsFirstPartIsUsed() {
        String early = word();
        String late = word();
        Long earlyLesson = publish(exchange, "A lesson the start of the text finds", newOdsCode(),
                ProjectType.AUTOMATION_AI, Setting.ACUTE, early);
        Long lateLesson = publish(exchange, "A lesson only the end of the text would find", newOdsCode(),
                ProjectType.AUTOMATION_AI, Setting.ACUTE, late);
        StartProjectView page = signInAndOpen("start");

        StringBuilder text = new StringBuilder("We will do " + early + ". ");
        while (text.length() < 9_000) {
            text.append("And then we will do it again, and so on, to be or not to be. ");
        }
        text.append(late).append(' ');
        while (text.length() < 10_000) {
            text.append('x');
        }
        String description = text.substring(0, 10_000);
        assertThat(description).hasSize(10_000).contains(late);

        _setValue(page.description, description);

        assertThat(page.description.getValue()).isEqualTo(description);
        assertThat(page.description.isInvalid()).isFalse();
        assertThat(page.tooLong.isVisible()).isTrue();
        assertThat(page.tooLong.getText()).contains("longer than 5,000 characters")
                .contains("first 5,000").contains("Everything you typed stays here");
        assertThat(ids(page)).contains(earlyLesson).doesNotContain(lateLesson);

        _setValue(page.description, "We will do " + early + ".");
        assertThat(page.tooLong.isVisible()).isFalse();
        assertThat(SearchService.MAX_DESCRIPTION).isEqualTo(5_000);
    }

    @Test
    void oddUnicodeIsHandledAndKept() {
        String word = word();
        Long lesson = publish(exchange, "Unicode-proof lesson about the thing", newOdsCode(),
                ProjectType.PATIENT_FACING_DIGITAL, Setting.PRIMARY_CARE, word);
        StartProjectView page = signInAndOpen("start");
        // a zero-width space inside the word, emoji, right-to-left text, combining accents, a lone surrogate,
        // control characters and a quote that never closes
        String odd = "\uD83D\uDE91 " + word.substring(0, 4) + "\u200B" + word.substring(4) + " for ‮عيادة‬ "
                + "é\u0301 \uD800 \u0000\u0007 \"unclosed \uFEFF 🏥👩🏽‍⚕️";

        _setValue(page.description, odd);

        assertThat(page.description.getValue()).isEqualTo(odd);
        assertThat(ids(page)).contains(lesson);
        assertThat(page.similar.statusText()).startsWith("We found");

        _setValue(page.description, "\uD83D\uDE91\uD83C\uDFE5 \u200B\u200B \uD800");
        assertThat(page.similar.lessons()).isEmpty();
        assertThat(page.similar.statusText()).isNotEmpty();
    }

    @Test
    void aTypeAloneIsEnoughAndTheTypeCanComeFromTheAddress() {
        String word = word();
        String other = newOdsCode();
        Long lesson = publish(exchange, "Remote monitoring lesson " + word, other, ProjectType.REMOTE_MONITORING,
                Setting.SOCIAL_CARE, word);
        StartProjectView page = signInAndOpen("start?projectType=remote-monitoring");

        assertThat(page.projectType.getValue()).isEqualTo(ProjectType.REMOTE_MONITORING);
        assertThat(ids(page)).contains(lesson);
        assertThat(page.similar.lessons()).allSatisfy(l -> {
            assertThat(l.projectType()).isEqualTo(ProjectType.REMOTE_MONITORING);
            assertThat(l.reason().sameProjectType()).isTrue();
        });
        assertThat(page.playbookLink.getHref()).isEqualTo("playbook?projectType=remote-monitoring");

        _click(page.find);
        assertThat(ids(page)).contains(lesson);
        assertThat(page.similar.getElement().getTextRecursively())
                .contains("Same type of project (Remote monitoring and virtual wards).");
    }

    @Test
    void eachLessonSaysWhomToAskByNameOrHowToReachTheTeamNeverOnlyACode() {
        String word = word();
        String named = newOdsCode();
        String unnamed = newOdsCode();
        Long withContact = publish(exchange, "Named contact lesson " + word, named, ProjectType.PAPERLESS,
                Setting.ACUTE, word);
        com.fasterxml.jackson.databind.node.ObjectNode noContact = exchangeLesson("Unnamed contact lesson " + word,
                unnamed, ProjectType.PAPERLESS, Setting.ACUTE, org.lessonsportal.domain.taxonomy.Region.LONDON);
        noContact.put("context", "Before the project, " + word + " was done by hand.");
        publishAll(noContact);
        StartProjectView page = signInAndOpen("start");

        _setValue(page.description, "We want to stop doing " + word + " by hand.");

        List<ListItem> items = com.github.mvysny.kaributesting.v10.LocatorJ._find(page.similar, ListItem.class);
        List<String> titles = page.similar.lessons().stream().map(SimilarLesson::title).toList();
        ListItem first = items.get(ids(page).indexOf(withContact));
        ListItem second = items.get(titles.indexOf("Unnamed contact lesson " + word));
        assertThat(first.getElement().getTextRecursively())
                .contains("Sam Contact at Test organisation " + named + " (ODS code " + named + "): "
                        + "sam.contact@example.nhs.uk");
        assertThat(first.getElement().getOuterHTML())
                .contains("href=\"mailto:sam.contact@example.nhs.uk?subject=Your%20lesson%20%22Named%20contact");
        assertThat(second.getElement().getTextRecursively())
                .contains("No one is named for this lesson. Ask the digital team at Test organisation " + unnamed
                        + " (ODS code " + unnamed + "), and mention the lesson's title.");
    }

    /** Signs someone new in and opens "Starting a project?" at this address. */
    private StartProjectView signInAndOpen(String address) {
        signIn("starter", newOdsCode(), Roles.CONTRIBUTOR);
        open(address);
        return _get(StartProjectView.class);
    }

    private static List<Long> ids(StartProjectView page) {
        assertThat(page.similar.lessons()).hasSameSizeAs(
                com.github.mvysny.kaributesting.v10.LocatorJ._find(page.similar, ListItem.class));
        return page.similar.lessons().stream().map(SimilarLesson::lessonId).toList();
    }
}
