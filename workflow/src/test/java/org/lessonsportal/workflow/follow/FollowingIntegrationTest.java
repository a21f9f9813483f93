package org.lessonsportal.workflow.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.testsupport.LessonTestData;
import org.lessonsportal.workflow.WorkflowTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

/** Following and unfollowing: each thing once, at most fifty, one's own only, and any text stored safely. */
@SpringBootTest(classes = WorkflowTestApplication.class)
@WithMockUser
class FollowingIntegrationTest {

    @Autowired
    Following following;
    @Autowired
    OrganisationService organisations;
    @Autowired
    LessonService lessons;

    private Actor member() {
        LessonTestData data = new LessonTestData(organisations, lessons);
        return data.member(data.organisation(), Roles.CONTRIBUTOR);
    }

    @Test
    void aMemberFollowsTypesAndSearchesEachOnceAndSeesThemInOrder() {
        Actor mona = member();
        Follow type = following.followProjectType(mona, ProjectType.FAX_REMOVAL);
        Follow search = following.followSearch(mona, "  Fax   in London ", SearchQuery.builder().text(" fax  removal ")
                .projectTypes("fax-removal").regions("london").yearsCompleted(2023).page(3).size(50).build());

        assertThat(following.list(mona)).containsExactly(type, search);
        assertThat(type.title()).isEqualTo("Fax machine removal");
        assertThat(type.description()).isEqualTo("Type of project: Fax machine removal.");
        assertThat(search.name()).isEqualTo("Fax in London");
        assertThat(search.search().text()).isEqualTo("fax removal");
        assertThat(search.search().page()).isZero();
        assertThat(search.description()).isEqualTo("Words: “fax removal”. Type of project: Fax machine removal. "
                + "Region: London. Year completed: 2023.");

        assertThatThrownBy(() -> following.followProjectType(mona, ProjectType.FAX_REMOVAL))
                .isInstanceOf(DomainException.class).hasMessage("You already follow Fax machine removal.");
        assertThatThrownBy(() -> following.followSearch(mona, "Another name", SearchQuery.builder()
                .text("FAX Removal").regions("london").projectTypes("fax-removal").yearsCompleted(2023).build()))
                .as("the same words (in any case) and filters").isInstanceOf(DomainException.class)
                .hasMessage("You already follow this search, as “Fax in London”.");
        assertThatThrownBy(() -> following.followSearch(mona, "fax IN london", SearchQuery.of("something else")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messagesFor(
                        Following.NAME_FIELD)).containsExactly("You already have a saved search called “Fax in "
                        + "London”. Choose another name"));

        Actor other = member();
        assertThat(following.list(other)).isEmpty();
        assertThat(following.followProjectType(other, ProjectType.FAX_REMOVAL).id()).isNotEqualTo(type.id());
        assertThatThrownBy(() -> following.unfollow(other, type.id())).isInstanceOf(NotFoundException.class);

        assertThat(following.unfollow(mona, type.id())).isEqualTo(type);
        assertThat(following.list(mona)).containsExactly(search);
        assertThatThrownBy(() -> following.unfollow(mona, type.id())).isInstanceOf(NotFoundException.class)
                .hasMessageStartingWith("You no longer follow that.");
        assertThat(following.followProjectType(mona, ProjectType.FAX_REMOVAL).kind())
                .as("followed again after unfollowing").isEqualTo(FollowKind.PROJECT_TYPE);
    }

    @Test
    void badSearchesAndNamesAreRefusedInPlainEnglish() {
        Actor mona = member();
        assertThatThrownBy(() -> following.followProjectType(mona, null)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.messagesFor(Following.PROJECT_TYPE_FIELD))
                        .containsExactly("Choose a type of project"));
        assertThatThrownBy(() -> following.followSearch(mona, "Nothing", SearchQuery.of("  \u200b ")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messagesFor(
                        Following.SEARCH_FIELD)).singleElement().asString().startsWith("Add words or filters"));
        assertThatThrownBy(() -> following.followSearch(mona, "Odd", SearchQuery.builder().text("fax")
                .projectTypes("no-such-type").settings("moon-base").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messagesFor(
                        Following.SEARCH_FIELD)).containsExactly("There is no type of project “no-such-type”",
                        "There is no care setting “moon-base”"));
        assertThatThrownBy(() -> following.followSearch(mona, " \t ", SearchQuery.of("fax")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messagesFor(
                        Following.NAME_FIELD)).containsExactly("Enter a name for this search"));
        assertThatThrownBy(() -> following.followProjectType(Actor.SYSTEM, ProjectType.FAX_REMOVAL))
                .isInstanceOf(NotAllowedException.class);
        assertThat(following.list(mona)).isEmpty();
    }

    @Test
    void longAndOddTextIsCleanedCutAndStoredSafelyButATooLongNameIsRefusedNotCut() {
        Actor mona = member();
        String odd = "fax\u0000 \u202Eremoval\u200B 🏥 ﬁle Ｆａｘ \uD800 " + "x".repeat(20) + " ";
        String text = odd + "word ".repeat(2000);
        assertThat(text.length()).isGreaterThan(10_000);
        assertThatThrownBy(() -> following.followSearch(mona, text, SearchQuery.of(text)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("The name must be 100 characters or fewer (it has 9,998)");
        assertThat(following.list(mona)).isEmpty();

        Follow saved = following.followSearch(mona, Following.suggestedName(SearchQuery.of(text)),
                SearchQuery.of(text));

        String stored = saved.search().text();
        assertThat(stored).startsWith("fax removal 🏥 file Fax xxxxxxxxxxxxxxxxxxxx word word")
                .hasSizeLessThanOrEqualTo(SearchQuery.MAX_TEXT_LENGTH).doesNotContain("\u0000", "\u202E", "\u200B",
                        "\uD800").doesNotEndWith(" ").endsWith("word");
        assertThat(saved.name()).hasSizeLessThanOrEqualTo(Following.NAME_MAX).startsWith("fax removal 🏥");
        assertThat(following.list(mona)).singleElement().satisfies(f -> {
            assertThat(f.search().text()).isEqualTo(stored);
            assertThat(f.name()).isEqualTo(saved.name());
        });
        assertThatThrownBy(() -> following.followSearch(mona, "Same again", SearchQuery.of(text)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("You already follow this search");
        assertThat(Following.suggestedName(SearchQuery.of(text))).isEqualTo(saved.name());
        assertThat(Following.suggestedName(SearchQuery.builder().projectTypes("fax-removal").regions("london")
                .build())).isEqualTo("Fax machine removal, London");
    }

    @Test
    void aMemberFollowsAtMostFiftyThings() {
        Actor mona = member();
        for (ProjectType type : ProjectType.values()) {
            following.followProjectType(mona, type);
        }
        int searches = Following.MAX_FOLLOWS - ProjectType.values().length;
        for (int i = 0; i < searches; i++) {
            following.followSearch(mona, "Search " + i, SearchQuery.builder().text("word" + i)
                    .settings(Setting.ACUTE.code()).regions(Region.LONDON.code()).build());
        }
        assertThat(following.list(mona)).hasSize(Following.MAX_FOLLOWS);
        assertThatThrownBy(() -> following.followSearch(mona, "One more", SearchQuery.of("one more")))
                .isInstanceOf(DomainException.class).hasMessage("You already follow 50 types of project and "
                        + "searches, the most you can. Stop following one to follow something else.");
        Follow first = following.list(mona).get(0);
        following.unfollow(mona, first.id());
        assertThat(following.followSearch(mona, "One more", SearchQuery.of("one more")).name())
                .isEqualTo("One more");
    }

    @Test
    void onlySignedInCallersMayUseIt() {
        Actor mona = member();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> following.list(mona))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
