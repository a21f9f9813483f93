package org.lessonsportal.portal.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.portal.KaribuTest;
import org.springframework.util.ClassUtils;

/**
 * Arriving: the front page says what is in the portal and how to get access; the footer's help, accessibility and
 * privacy pages are public; people signed in without an organisation can read but not write or review.
 */
class ArrivingTest extends KaribuTest {

    @Test
    void theFrontPageCountsLessonsByTypeAndSaysWhoToAskForAccess() {
        String ods = newOdsCode();
        long before = lessons.publishedByProjectType().getOrDefault(ProjectType.FAX_REMOVAL, 0L);
        publishedLesson("Fax machines out of outpatients " + ods, ods, ProjectType.FAX_REMOVAL);
        publishedLesson("Fax machines out of pharmacy " + ods, ods, ProjectType.FAX_REMOVAL);
        Map<ProjectType, Long> published = lessons.publishedByProjectType();
        assertThat(published.get(ProjectType.FAX_REMOVAL)).isEqualTo(before + 2);
        long total = published.values().stream().mapToLong(Long::longValue).sum();

        navigate("");

        String text = _get(LandingView.class).getElement().getTextRecursively();
        assertThat(text).contains(String.format("%,d lessons have been published", total))
                .contains(ProjectType.FAX_REMOVAL.label() + ": " + (before + 2) + " lessons");
        Anchor contact = _get(Anchor.class, spec -> spec.withId("access-contact"));
        assertThat(contact.getHref()).isEqualTo("mailto:lessons-portal@example.nhs.uk");
        assertThat(contact.getText()).isEqualTo("lessons-portal@example.nhs.uk");
    }

    @Test
    void withoutAConfiguredContactPeopleAreToldToAskTheirOrganisation() {
        assertThat(AccessContact.sentence(new PortalSettings(" "), "If you do not have one, ").getElement()
                .getTextRecursively()).isEqualTo("If you do not have one, ask your organisation's digital or "
                        + "informatics team.");
        Paragraph words = AccessContact.sentence(new PortalSettings("the IT service desk on 0113 496 0000"), "For "
                + "an account, ");
        assertThat(words.getElement().getTextRecursively()).isEqualTo("For an account, contact the IT service desk "
                + "on 0113 496 0000.");
        assertThat(_find(words, Anchor.class)).isEmpty();
    }

    @Test
    void theFooterLinksPublicHelpAccessibilityAndPrivacyPages() {
        navigate("");
        assertThat(List.of("footer-help", "footer-accessibility", "footer-privacy")).extracting(id ->
                _get(Anchor.class, spec -> spec.withId(id)).getHref())
                .containsExactly(PortalRoutes.HELP, PortalRoutes.ACCESSIBILITY, PortalRoutes.PRIVACY);

        assertThat(pageAt(PortalRoutes.HELP)).contains("Help using Lessons Portal", "Skip to main content",
                "lessons-portal@example.nhs.uk");
        assertThat(pageAt(PortalRoutes.ACCESSIBILITY)).contains("Accessibility statement", "WCAG", "2.2",
                "has not yet had an independent accessibility audit", "lessons-portal@example.nhs.uk");
        assertThat(pageAt(PortalRoutes.PRIVACY)).contains("Privacy notice", "Cookies", "patient-identifiable");

        // the same pages for someone signed in without an organisation
        signIn("nora", null);
        assertThat(pageAt(PortalRoutes.PRIVACY)).contains("Privacy notice");
    }

    @Test
    void someoneWithoutAnOrganisationCanReadPublishedLessonsButNotWriteOrReview() {
        String ods = newOdsCode();
        Long lesson = publishedLesson("Shared care record in the community " + ods, ods,
                ProjectType.INTEROPERABILITY, Setting.COMMUNITY, Region.MIDLANDS);
        Person nora = signIn("nora", null);

        navigate(PortalRoutes.LESSONS);
        assertThat(ClassUtils.getUserClass(view()).getSimpleName()).isEqualTo("SearchView");
        navigate(PortalRoutes.lesson(lesson));
        assertThat(ClassUtils.getUserClass(view()).getSimpleName()).isEqualTo("LessonView");
        assertThat(view().getElement().getTextRecursively()).contains("Shared care record in the community " + ods);
        navigate(PortalRoutes.PLAYBOOK);
        assertThat(ClassUtils.getUserClass(view()).getSimpleName()).isEqualTo("PlaybookView");
        assertThat(navigation()).containsExactly("Lessons", "Challenge playbook", "Your account");

        for (String writing : List.of(PortalRoutes.HOME, PortalRoutes.TASKS, PortalRoutes.FOLLOWING,
                PortalRoutes.START_PROJECT, PortalRoutes.NOTIFICATIONS)) {
            navigate(writing);
            assertThat(ClassUtils.getUserClass(view()).getSimpleName()).as(writing).isEqualTo("NoOrganisationView");
        }

        String text = view().getElement().getTextRecursively();
        assertThat(_get(H1.class).getText()).isEqualTo("Your account is not linked to an NHS organisation");
        assertThat(text).contains("Test nora, you have signed in")
                .contains("Tell them your user name, nora, and your organisation's ODS code")
                .contains("search and read published lessons")
                .contains("lessons-portal@example.nhs.uk");
        assertThat(nora.user().username()).isEqualTo("nora");
    }

    private static String pageAt(String path) {
        navigate(path);
        return view().getElement().getTextRecursively();
    }

    private static Component view() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0) instanceof Component c ? c : null;
    }

    private static List<String> navigation() {
        return _find(Anchor.class, spec -> spec.withClasses("portal-nav__link")).stream().map(Anchor::getText)
                .toList();
    }
}
