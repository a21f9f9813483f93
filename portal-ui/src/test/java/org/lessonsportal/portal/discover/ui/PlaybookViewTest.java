package org.lessonsportal.portal.discover.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.lessonsportal.portal.discover.ui.DiscoverTestLessons.open;
import static org.lessonsportal.portal.discover.ui.DiscoverTestLessons.publish;
import static org.lessonsportal.portal.discover.ui.DiscoverTestLessons.word;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.search.SearchService;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ChallengeType;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.portal.KaribuTest;
import org.lessonsportal.portal.discover.ui.DiscoverTestLessons.Challenge;
import org.springframework.beans.factory.annotation.Autowired;

class PlaybookViewTest extends KaribuTest {

    /** No other test publishes lessons of this type in this setting (nor do the demo lessons). */
    private static final ProjectType TYPE = ProjectType.WORKFORCE_DIGITAL;
    private static final Setting SETTING = Setting.SOCIAL_CARE;

    @Autowired
    SearchService search;

    @Test
    void ranksTheChallengesByHowManyLessonsMetThemWithHowOthersResolvedThem() {
        Person reader = signIn("reader", newOdsCode(), Roles.CONTRIBUTOR);
        assertThat(search.playbook(TYPE, SETTING).lessonCount()).as("lessons of %s in %s before the test", TYPE,
                SETTING).isZero();
        String one = newOdsCode();
        String two = newOdsCode();
        String three = newOdsCode();
        Long first = publish(exchange, "Rostering for home care staff", one, TYPE, SETTING, word(),
                new Challenge(ChallengeType.BENEFITS_REALISATION, "Savings were hard to show.",
                        "We counted hours of agency cover before and after."),
                new Challenge(ChallengeType.STAFFING_CAPACITY, "Carers had no time for training.",
                        "Training in paid time, in pairs."),
                new Challenge(ChallengeType.PATIENT_ENGAGEMENT, "People worried visits would be shorter.",
                        "We wrote to every family before the change."));
        Long second = publish(exchange, "Mobile visit notes for carers", two, TYPE, SETTING, word(),
                new Challenge(ChallengeType.PATIENT_ENGAGEMENT, "Families wanted to see the notes.",
                        "A printed summary left at each visit."),
                new Challenge(ChallengeType.STAFFING_CAPACITY, "Two managers left mid-project.",
                        "A deputy took over with a written handover."));
        Long third = publish(exchange, "Digital timesheets in social care", three, TYPE, SETTING, word(),
                new Challenge(ChallengeType.STAFFING_CAPACITY, "Payroll had one person.",
                        "We borrowed a payroll officer from the council for a month."));
        actAs(reader);

        open("playbook?projectType=workforce-digital&setting=social-care");
        PlaybookView page = _get(PlaybookView.class);

        assertThat(page.projectType.getValue()).isEqualTo(TYPE);
        assertThat(page.setting.getValue()).isEqualTo(SETTING);
        assertThat(page.status.getText()).isEqualTo("Based on 3 lessons published about Workforce digital systems "
                + "(care setting: Social care).");
        assertThat(headings(page)).containsExactly("Staffing and capacity — 3 of 3 lessons",
                "Patient engagement — 2 of 3 lessons", "Benefits realisation — 1 of 3 lessons");

        ListItem staffing = _get(page.result, ListItem.class, spec -> spec.withId("challenge-staffing-capacity"));
        String text = staffing.getElement().getTextRecursively();
        assertThat(text).contains("We borrowed a payroll officer from the council for a month.")
                .contains("A deputy took over with a written handover.")
                .contains("Training in paid time, in pairs.")
                .contains("Test organisation " + three + " (ODS code " + three + ")")
                .contains("Digital timesheets in social care")
                .doesNotContain("We wrote to every family");
        List<String> links = _find(staffing, Anchor.class).stream().map(Anchor::getHref).toList();
        assertThat(links).contains("lessons/" + first, "lessons/" + second, "lessons/" + third);
        Anchor all = _get(staffing, Anchor.class, spec -> spec.withId("challenge-staffing-capacity-lessons"));
        assertThat(all.getText()).isEqualTo("See the 3 lessons with staffing and capacity challenges");
        assertThat(all.getHref()).startsWith("lessons?").contains("projectType=workforce-digital")
                .contains("setting=social-care").contains("challengeType=staffing-capacity");
    }

    @Test
    void theAddressCarriesTheChoiceBothWays() {
        Person reader = signIn("reader", newOdsCode(), Roles.CONTRIBUTOR);
        publish(exchange, "Electronic rotas in an ambulance control room", newOdsCode(), ProjectType.CYBER_SECURITY,
                Setting.SPECIALIST, word(), new Challenge(ChallengeType.CYBER_SECURITY, "Old passwords everywhere.",
                        "Single sign-on first."));
        navigate("playbook");
        PlaybookView page = _get(PlaybookView.class);
        assertThat(page.address()).isEqualTo("playbook");
        assertThat(_get(H1.class).getText()).isEqualTo("Challenge playbook");
        assertThat(_get(Paragraph.class, spec -> spec.withId("playbook-prompt")).getText())
                .startsWith("Choose a type of project");

        _setValue(page.projectType, ProjectType.CYBER_SECURITY);
        assertThat(page.address()).isEqualTo("playbook?projectType=cyber-security");
        _setValue(page.setting, Setting.SPECIALIST);
        assertThat(page.address()).isEqualTo("playbook?projectType=cyber-security&setting=specialist");
        List<String> shown = headings(page);
        assertThat(shown).isNotEmpty().first().asString().startsWith("Cyber security — ");

        // the same address in a new tab shows the same playbook
        actAs(reader);
        open("playbook?projectType=cyber-security&setting=specialist");
        PlaybookView reopened = _get(PlaybookView.class);
        assertThat(reopened.projectType.getValue()).isEqualTo(ProjectType.CYBER_SECURITY);
        assertThat(reopened.setting.getValue()).isEqualTo(Setting.SPECIALIST);
        assertThat(reopened.address()).isEqualTo("playbook?projectType=cyber-security&setting=specialist");
        assertThat(headings(reopened)).isEqualTo(shown);

        // leaving the setting out widens the playbook; clearing the type asks for one, as a field error
        _setValue(reopened.setting, null);
        assertThat(reopened.address()).isEqualTo("playbook?projectType=cyber-security");
        assertThat(reopened.playbook().setting()).isNull();
        _setValue(reopened.projectType, null);
        assertThat(reopened.address()).isEqualTo("playbook");
        assertThat(reopened.projectType.isInvalid()).isTrue();
        assertThat(reopened.projectType.getErrorMessage()).isEqualTo("Choose a type of project");
        assertThat(headings(reopened)).isEmpty();
    }

    @Test
    void unknownCodesInTheAddressAreNamedAndLeftOut() {
        signIn("reader", newOdsCode(), Roles.CONTRIBUTOR);
        open("playbook?projectType=teleportation&setting=acute");
        PlaybookView page = _get(PlaybookView.class);

        assertThat(page.projectType.getValue()).isNull();
        assertThat(page.setting.getValue()).isEqualTo(Setting.ACUTE);
        Paragraph problem = _get(Paragraph.class, spec -> spec.withId("playbook-address-problem"));
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("\"teleportation\"").contains("type of project");
        assertThat(_get(Paragraph.class, spec -> spec.withId("playbook-prompt")).getText())
                .startsWith("Choose a type of project");
        assertThat(page.projectType.isInvalid()).isFalse();
    }

    @Test
    void noPublishedLessonsOfTheTypeInvitesContributorsToBeTheFirst() {
        signIn("writer", newOdsCode(), Roles.CONTRIBUTOR);
        open("playbook?projectType=workforce-digital&setting=ambulance");
        PlaybookView page = _get(PlaybookView.class);

        assertThat(page.status.getText()).isEqualTo(
                "No published lessons of this type (care setting: Ambulance) yet.");
        assertThat(page.result.getElement().getTextRecursively()).contains("Be the first: start a new lesson");
        assertThat(_get(Anchor.class, spec -> spec.withId("playbook-new-lesson")).getHref())
                .isEqualTo("lessons/new");
        assertThat(_get(Anchor.class, spec -> spec.withId("playbook-all-settings")).getHref())
                .isEqualTo("playbook?projectType=workforce-digital");
        assertThat(headings(page)).isEmpty();

        signIn("admin", newOdsCode(), Roles.ADMIN);
        open("playbook?projectType=workforce-digital&setting=ambulance");
        assertThat(_find(Anchor.class, spec -> spec.withId("playbook-new-lesson"))).isEmpty();
        assertThat(_get(PlaybookView.class).result.getElement().getTextRecursively())
                .contains("When organisations share lessons of this type");
    }

    private static List<String> headings(PlaybookView page) {
        return _find(page.result, H3.class).stream().map(H3::getText).toList();
    }
}
