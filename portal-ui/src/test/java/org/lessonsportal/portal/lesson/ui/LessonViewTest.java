package org.lessonsportal.portal.lesson.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteConfiguration;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.shared.ApiClient;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.portal.KaribuTest;
import org.lessonsportal.testsupport.LessonTestData;

class LessonViewTest extends KaribuTest {

    @Test
    void anOverLongLessonIdIsNotFound() {
        signIn("reader", newOdsCode(), Roles.CONTRIBUTOR);

        // no lesson route takes an id longer than a long's 18 digits: such addresses get the not-found page
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        assertThat(routes.getRoute("lessons/999999999999999999")).contains(LessonView.class);
        assertThat(routes.getRoute("lessons/99999999999999999999999")).isEmpty();
        assertThat(routes.getRoute("lessons/99999999999999999999999/edit")).isEmpty();
    }

    @Test
    void theAuthorSeesEditDeleteAndHistoryOnTheirDraft() {
        Person author = signIn("author", newOdsCode(), Roles.CONTRIBUTOR);
        LessonDetails draft = lessons.createDraft(author.actor(), LessonTestData.complete("Fax removal in pharmacy"));

        navigate("lessons/" + draft.id());

        LessonView page = _get(LessonView.class);
        assertThat(page.getElement().getTextRecursively()).contains("Fax removal in pharmacy", "Draft", "Context",
                "What we did", "Outcomes", "Challenge 1: Data migration", "What happened", "How it was resolved",
                "Recommendations");
        _assertOne(Anchor.class, spec -> spec.withId("edit-lesson"));
        _assertOne(Button.class, spec -> spec.withId("delete-lesson"));
        _assertNone(Button.class, spec -> spec.withId("withdraw-lesson"));
        _assertNone(Button.class, spec -> spec.withId("archive-lesson"));
        _assertOne(Section.class, spec -> spec.withId("lesson-history"));
        assertThat(_get(Section.class, spec -> spec.withId("lesson-history")).getElement().getTextRecursively())
                .contains("Started the lesson as a draft").contains("Test author");
    }

    @Test
    void aColleagueSeesTheDraftButNoButtonsAndNoHistory() {
        String ods = newOdsCode();
        Person author = person("author", ods, Roles.CONTRIBUTOR);
        LessonDetails draft = lessons.createDraft(author.actor(), LessonTestData.complete("Going paperless in ED"));
        signIn("colleague", ods, Roles.CONTRIBUTOR);

        navigate("lessons/" + draft.id());

        assertThat(_get(LessonView.class).getElement().getTextRecursively()).contains("Going paperless in ED");
        _assertNone(Anchor.class, spec -> spec.withId("edit-lesson"));
        _assertNone(Button.class, spec -> spec.withId("withdraw-lesson"));
        _assertNone(Section.class, spec -> spec.withId("lesson-history"));
    }

    @Test
    void theAuthorWithdrawsTheirSubmittedLessonKnowingItIsForGood() {
        person("reviewer-a", newOdsCode(), Roles.CONTRIBUTOR, Roles.REVIEWER);
        person("reviewer-b", newOdsCode(), Roles.CONTRIBUTOR, Roles.REVIEWER);
        Person author = signIn("author", newOdsCode(), Roles.CONTRIBUTOR);
        LessonDetails draft = lessons.createDraft(author.actor(), LessonTestData.complete("A lesson I will withdraw"));
        lessons.submit(draft.id(), author.actor(), draft.version());
        // the workflow chooses reviewers in the background; withdraw once it has
        await("reviewers are chosen", () -> lessons.get(draft.id(), author.actor()).state() == LessonState.IN_REVIEW);
        navigate("lessons/" + draft.id());
        _assertOne(Button.class, spec -> spec.withId("take-back-lesson"));

        _click(_get(Button.class, spec -> spec.withId("withdraw-lesson")));
        _setValue(_get(TextArea.class, spec -> spec.withId("reason")), "The project was stopped.");
        _click(_get(Button.class, spec -> spec.withId("reason-confirm")));

        assertThat(lessons.get(draft.id(), author.actor()).state()).isEqualTo(LessonState.WITHDRAWN);
        assertThat(_get(LessonView.class).getElement().getTextRecursively()).contains("Withdrawn");
        _assertNone(Button.class, spec -> spec.withId("withdraw-lesson"));
    }

    @Test
    void theHistoryNamesTheApiClientThatImportedTheLesson() throws Exception {
        String ods = newOdsCode();
        byte[] file = exchangeFile(exchangeLesson("Lessons sent by a program " + ods, ods, ProjectType.IMAGING,
                Setting.ACUTE, Region.LONDON));
        // as the API calls it: the client's token is the security context
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.TestingAuthenticationToken("lessons-api-test", null,
                        "ROLE_" + Roles.API_IMPORT));
        Long id;
        try {
            id = exchange.importForClient(new org.springframework.core.io.ByteArrayResource(file),
                    new ApiClient("lessons-api-test", java.util.Set.of(Roles.API_IMPORT)),
                    org.lessonsportal.domain.lesson.ImportProgress.none()).imported().get(0).lessonId();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        signIn("admin", newOdsCode(), Roles.ADMIN);
        navigate("lessons/" + id);

        assertThat(_get(com.vaadin.flow.component.html.OrderedList.class, spec -> spec.withId("lesson-audit"))
                .getElement().getTextRecursively()).contains("API client lessons-api-test: Imported from an "
                        + "exchange file sent through the API and published");
    }

    @Test
    void anAdministratorArchivesAPublishedLessonGivingAReason() {
        Long id = publishedLesson("Imaging network lessons " + newOdsCode(), newOdsCode(), ProjectType.IMAGING);
        Person admin = signIn("admin", newOdsCode(), Roles.ADMIN);
        navigate("lessons/" + id);
        _assertNone(Anchor.class, spec -> spec.withId("edit-lesson"));
        _assertOne(Section.class, spec -> spec.withId("lesson-history"));

        _click(_get(Button.class, spec -> spec.withId("archive-lesson")));
        _click(_get(Button.class, spec -> spec.withId("reason-confirm")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Enter a reason");
        assertThat(lessons.get(id, admin.actor()).state()).isEqualTo(LessonState.PUBLISHED);

        _setValue(reason, "The supplier has replaced this product.");
        _click(_get(Button.class, spec -> spec.withId("reason-confirm")));

        assertThat(lessons.get(id, admin.actor()).state()).isEqualTo(LessonState.ARCHIVED);
        assertThat(_get(LessonView.class).getElement().getTextRecursively())
                .contains("archived as out of date: The supplier has replaced this product.");
    }

    @Test
    void someoneFromAnotherOrganisationReadsAPublishedLessonWithoutButtonsOrHistory() {
        Long id = publishedLesson("Remote monitoring lessons " + newOdsCode(), newOdsCode(),
                ProjectType.REMOTE_MONITORING, Setting.COMMUNITY, Region.MIDLANDS);
        signIn("reader", newOdsCode(), Roles.CONTRIBUTOR, Roles.REVIEWER);

        navigate("lessons/" + id);

        assertThat(_get(LessonView.class).getElement().getTextRecursively()).contains("Published");
        _assertNone(Button.class, spec -> spec.withId("archive-lesson"));
        _assertNone(Button.class, spec -> spec.withId("withdraw-lesson"));
        _assertNone(Section.class, spec -> spec.withId("lesson-history"));
    }
}
