package org.lessonsportal.portal.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.portal.KaribuTest;

class MainLayoutTest extends KaribuTest {

    @Test
    void aContributorSeesTheirLinksAndTheCurrentPageIsMarked() {
        signIn("author", newOdsCode(), Roles.CONTRIBUTOR);
        navigate("lessons");

        assertThat(navigation()).containsExactly("Home", "Lessons", "Starting a project?", "Challenge playbook", "New lesson", "My tasks");
        Anchor lessons = _get(Anchor.class, spec -> spec.withId("nav-lessons"));
        assertThat(lessons.getElement().getAttribute("aria-current")).isEqualTo("page");
        assertThat(_get(Anchor.class, spec -> spec.withId("nav-home")).getElement().getAttribute("aria-current"))
                .isNull();

        navigate("lessons/new");
        assertThat(_get(Anchor.class, spec -> spec.withId("nav-new-lesson")).getElement()
                .getAttribute("aria-current")).isEqualTo("page");
        assertThat(_get(Anchor.class, spec -> spec.withId("nav-lessons")).getElement().getAttribute("aria-current"))
                .isNull();

        // once the new lesson is saved, the page is that lesson's editor: part of "Lessons", no longer "New lesson"
        _setValue(_get(TextField.class, spec -> spec.withId("lesson-title")), "A lesson about shared care records");
        assertThat(_get(Anchor.class, spec -> spec.withId("nav-new-lesson")).getElement()
                .getAttribute("aria-current")).isNull();
        assertThat(_get(Anchor.class, spec -> spec.withId("nav-lessons")).getElement().getAttribute("aria-current"))
                .isEqualTo("true");
    }

    @Test
    void publishersAndAdministratorsSeeTheirOwnLinks() {
        signIn("publisher", newOdsCode(), Roles.CONTRIBUTOR, Roles.PUBLISHER);
        navigate("home");
        assertThat(navigation()).containsExactly("Home", "Lessons", "Starting a project?", "Challenge playbook", "New lesson", "My tasks", "Publish queue");

        signIn("admin", newOdsCode(), Roles.ADMIN);
        navigate("home");
        assertThat(navigation()).containsExactly("Home", "Lessons", "Starting a project?", "Challenge playbook", "Admin");
    }

    @Test
    void theBellSaysHowManyAreUnread() {
        signIn("author", newOdsCode(), Roles.CONTRIBUTOR);
        navigate("home");
        Anchor bell = _get(Anchor.class, spec -> spec.withId("notifications-bell"));
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("Notifications, none unread");
    }

    private static List<String> navigation() {
        return _find(Anchor.class, spec -> spec.withClasses("portal-nav__link")).stream().map(Anchor::getText)
                .toList();
    }
}
