package org.lessonsportal.portal.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.portal.KaribuTest;
import org.lessonsportal.testsupport.LessonTestData;

class MainLayoutTest extends KaribuTest {

    @Test
    void aContributorSeesTheirLinksAndTheCurrentPageIsMarked() {
        signIn("author", newOdsCode(), Roles.CONTRIBUTOR);
        navigate("lessons");

        assertThat(navigation()).containsExactly("Home", "Lessons", "Starting a project?", "Challenge playbook", "Following", "New lesson", "My tasks");
        Anchor lessons = _get(Anchor.class, spec -> spec.withId("nav-lessons"));
        assertThat(lessons.getElement().getAttribute("aria-current")).isEqualTo("page");
        assertThat(_get(Anchor.class, spec -> spec.withId("nav-home")).getElement().getAttribute("aria-current"))
                .isNull();

        navigate("lessons/new");
        assertThat(_get(Anchor.class, spec -> spec.withId("nav-new-lesson")).getElement()
                .getAttribute("aria-current")).isEqualTo("page");
        assertThat(_get(Anchor.class, spec -> spec.withId("nav-lessons")).getElement().getAttribute("aria-current"))
                .isNull();

        // once the new lesson is saved its address is its editor's: still writing, so still "New lesson", not the
        // search
        _setValue(_get(TextField.class, spec -> spec.withId("lesson-title")), "A lesson about shared care records");
        assertThat(_get(Anchor.class, spec -> spec.withId("nav-new-lesson")).getElement()
                .getAttribute("aria-current")).isEqualTo("true");
        assertThat(_get(Anchor.class, spec -> spec.withId("nav-lessons")).getElement().getAttribute("aria-current"))
                .isNull();
    }

    @Test
    void aLessonsEditorIsMarkedAsWritingAndALessonsPageAsLessons() {
        Person author = signIn("author", newOdsCode(), Roles.CONTRIBUTOR);
        Long id = lessons.createDraft(author.actor(), LessonTestData.complete("A lesson about virtual wards")).id();

        navigate(PortalRoutes.editLesson(id));
        assertThat(current()).containsExactly("New lesson");

        navigate(PortalRoutes.lesson(id));
        assertThat(current()).containsExactly("Lessons");
    }

    @Test
    void publishersAndAdministratorsSeeTheirOwnLinks() {
        signIn("publisher", newOdsCode(), Roles.CONTRIBUTOR, Roles.PUBLISHER);
        navigate("home");
        assertThat(navigation()).containsExactly("Home", "Lessons", "Starting a project?", "Challenge playbook", "Following", "New lesson", "My tasks", "Publish queue");

        signIn("admin", newOdsCode(), Roles.ADMIN);
        navigate("home");
        assertThat(navigation()).containsExactly("Home", "Lessons", "Starting a project?", "Challenge playbook", "Following", "Admin");
    }

    @Test
    void theBellSaysHowManyAreUnread() {
        signIn("author", newOdsCode(), Roles.CONTRIBUTOR);
        navigate("home");
        Anchor bell = _get(Anchor.class, spec -> spec.withId("notifications-bell"));
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("Notifications, none unread");
    }

    @Test
    void onANarrowScreenTheMenuButtonOpensAndClosesTheAccountAndNavigation() {
        signIn("author", newOdsCode(), Roles.CONTRIBUTOR);
        navigate("home");
        MainLayout layout = _get(MainLayout.class);
        Button menu = _get(Button.class, spec -> spec.withId("menu-toggle"));
        assertThat(menu.getElement().getAttribute("aria-controls")).isEqualTo("portal-account portal-nav");
        assertThat(menu.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(layout.hasClassName(SmallScreenMenu.OPEN)).isFalse();

        _click(menu);
        assertThat(menu.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(layout.hasClassName(SmallScreenMenu.OPEN)).isTrue();

        navigate("lessons");
        assertThat(menu.getElement().getAttribute("aria-expanded")).as("closed on the new page").isEqualTo("false");
        assertThat(layout.hasClassName(SmallScreenMenu.OPEN)).isFalse();
    }

    @Test
    void movingToAnotherPageFocusesItsHeadingButTheFirstPageAndTheSkipLinkStayInPlace() {
        signIn("author", newOdsCode(), Roles.CONTRIBUTOR);
        navigate("home");
        Anchor skip = _get(Anchor.class, spec -> spec.withId("skip-link"));
        assertThat(skip.getText()).isEqualTo("Skip to main content");
        assertThat(skip.getElement().getAttribute("router-ignore")).isNotNull();
        assertThat(focusScripts()).as("the first page leaves the focus at the top, before the skip link").isEmpty();

        navigate("lessons");
        assertThat(focusScripts()).as("another page: its heading").hasSize(1);
        navigate("lessons");
        assertThat(focusScripts()).as("the same page again").isEmpty();
    }

    @Test
    void datePickersStartTheWeekOnMonday() {
        assertThat(Formats.datePickerI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(Formats.datePickerI18n().getDateFormats()).startsWith("d/M/yyyy");
        assertThat(Formats.date(java.time.LocalDate.of(2025, 3, 2))).isEqualTo("2 March 2025");
    }

    /** The focus-moving scripts waiting to go to the browser (and clears them, as sending them would). */
    private static List<String> focusScripts() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(invocation -> invocation.getInvocation().getExpression())
                .filter(script -> script.contains("querySelector('h1')")).toList();
    }

    /** The navigation links marked as the current page or section. */
    private static List<String> current() {
        return _find(Anchor.class, spec -> spec.withClasses("portal-nav__link")).stream()
                .filter(link -> link.getElement().getAttribute("aria-current") != null).map(Anchor::getText).toList();
    }

    private static List<String> navigation() {
        return _find(Anchor.class, spec -> spec.withClasses("portal-nav__link")).stream().map(Anchor::getText)
                .toList();
    }
}
