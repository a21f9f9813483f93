package org.lessonsportal.workflow.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonContent;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonPublished;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.testsupport.LessonTestData;
import org.lessonsportal.workflow.WorkflowTestApplication;
import org.lessonsportal.workflow.follow.ReviewedPublication.Crew;
import org.lessonsportal.workflow.notification.Notification;
import org.lessonsportal.workflow.notification.NotificationKind;
import org.lessonsportal.workflow.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishing a lesson through the review tells the members who follow its type of project or a saved search that
 * finds it: once each, never its author, only after the publication committed, and nobody who stopped following.
 */
@SpringBootTest(classes = WorkflowTestApplication.class)
@WithMockUser
class FollowerNoticesIntegrationTest {

    @Autowired
    ReviewedPublication publication;
    @Autowired
    LessonService lessons;
    @Autowired
    Following following;
    @Autowired
    Notifications notifications;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactionManager;

    Crew crew;

    @BeforeEach
    void setUp() {
        crew = publication.crew();
    }

    @Test
    void typeAndMatchingSearchFollowersAreToldOnceTheAuthorAndOthersNever() {
        Actor typeFollower = publication.person("Tess Type", Roles.CONTRIBUTOR);
        following.followProjectType(typeFollower, ProjectType.FAX_REMOVAL);
        Actor searchFollower = publication.person("Sam Search", Roles.CONTRIBUTOR);
        following.followSearch(searchFollower, "Fax machines", SearchQuery.builder().text("fax machines")
                .projectTypes(ProjectType.FAX_REMOVAL.code()).build());
        Actor otherWords = publication.person("Olly Other", Roles.CONTRIBUTOR);
        following.followSearch(otherWords, "Robots", SearchQuery.of("robotic process automation"));
        Actor otherRegion = publication.person("Rhea Region", Roles.CONTRIBUTOR);
        following.followSearch(otherRegion, "Fax in London", SearchQuery.builder().text("fax")
                .regions(Region.LONDON.code()).build());
        Actor otherType = publication.person("Eve Epr", Roles.CONTRIBUTOR);
        following.followProjectType(otherType, ProjectType.ELECTRONIC_PATIENT_RECORD);
        Actor both = publication.person("Bo Both", Roles.CONTRIBUTOR);
        following.followProjectType(both, ProjectType.FAX_REMOVAL);
        following.followSearch(both, "Fax", SearchQuery.of("fax"));
        following.followSearch(both, "Switchboard", SearchQuery.of("switchboard"));
        Actor gone = publication.person("Gus Gone", Roles.CONTRIBUTOR);
        Follow goneType = following.followProjectType(gone, ProjectType.FAX_REMOVAL);
        Follow goneSearch = following.followSearch(gone, "Fax", SearchQuery.of("fax"));
        following.unfollow(gone, goneType.id());
        following.unfollow(gone, goneSearch.id());
        following.followProjectType(crew.author(), ProjectType.FAX_REMOVAL);
        following.followSearch(crew.author(), "Fax", SearchQuery.of("fax"));

        LessonDetails lesson = publication.publish(crew, faxLesson());
        awaitNotices();

        assertThat(told(typeFollower, lesson)).singleElement().satisfies(n -> assertThat(n.message())
                .isEqualTo("A new lesson was published about a type of project you follow, Fax machine removal: “"
                        + lesson.title() + "”."));
        assertThat(told(searchFollower, lesson)).singleElement().satisfies(n -> {
            assertThat(n.message()).isEqualTo("A new lesson matches your saved search ‘Fax machines’: “"
                    + lesson.title() + "”.");
            assertThat(n.link()).isEqualTo("lessons/" + lesson.id());
        });
        assertThat(told(both, lesson)).as("one notification however many follows match").hasSize(1);
        assertThat(told(otherWords, lesson)).as("a search whose words the lesson lacks").isEmpty();
        assertThat(told(otherRegion, lesson)).as("a search whose filter the lesson fails").isEmpty();
        assertThat(told(otherType, lesson)).as("another type of project").isEmpty();
        assertThat(told(gone, lesson)).as("stopped following").isEmpty();
        assertThat(told(crew.author(), lesson)).as("the author is never told of their own lesson").isEmpty();
        assertThat(notifications.list(crew.author().memberId(), 0, 20)).extracting(Notification::kind)
                .contains(NotificationKind.PUBLISHED);
    }

    @Test
    void aSavedSearchWithoutATypeFindsLessonsOfAnyTypeByTheirWords() {
        Actor faxFollower = publication.person("Fay Fax", Roles.CONTRIBUTOR);
        following.followProjectType(faxFollower, ProjectType.FAX_REMOVAL);
        Actor cutover = publication.person("Cy Cutover", Roles.CONTRIBUTOR);
        following.followSearch(cutover, "Big-bang cutovers", SearchQuery.of("big-bang cutover"));
        Actor eprTrusts = publication.person("Tim Trusts", Roles.CONTRIBUTOR);
        following.followSearch(eprTrusts, "EPR in the north west", SearchQuery.builder()
                .projectTypes(ProjectType.ELECTRONIC_PATIENT_RECORD.code()).regions(Region.NORTH_WEST.code())
                .build());

        LessonDetails lesson = publication.publish(crew, LessonTestData.complete(LessonTestData.title()));
        awaitNotices();

        assertThat(told(cutover, lesson)).hasSize(1);
        assertThat(told(eprTrusts, lesson)).as("filters alone").hasSize(1);
        assertThat(told(faxFollower, lesson)).isEmpty();
    }

    @Test
    void aBrokenSavedSearchIsLoggedAndNeitherStopsTheOthersNorThePublication() {
        Actor broken = publication.person("Bree Broken", Roles.CONTRIBUTOR);
        Follow brokenSearch = following.followSearch(broken, "Fax", SearchQuery.of("fax"));
        jdbc.update("update member_follow set search_filters = ? where id = ?", "{\"setting\":[\"no-such-setting\"]}",
                brokenSearch.id());
        Actor unreadable = publication.person("Una Unreadable", Roles.CONTRIBUTOR);
        Follow unreadableSearch = following.followSearch(unreadable, "Fax", SearchQuery.of("fax"));
        jdbc.update("update member_follow set search_filters = ? where id = ?", "not json", unreadableSearch.id());
        Actor fine = publication.person("Fin Fine", Roles.CONTRIBUTOR);
        following.followSearch(fine, "Fax", SearchQuery.of("fax"));

        LessonDetails lesson = publication.publish(crew, faxLesson());
        awaitNotices();

        assertThat(lessons.get(lesson.id(), Actor.SYSTEM).state()).isEqualTo(LessonState.PUBLISHED);
        assertThat(told(fine, lesson)).hasSize(1);
        assertThat(told(broken, lesson)).isEmpty();
        assertThat(told(unreadable, lesson)).isEmpty();
        assertThat(following.list(broken)).as("a search the rules no longer accept can still be seen and unfollowed")
                .singleElement().satisfies(follow -> assertThat(follow.search().settings())
                        .containsExactly("no-such-setting"));
        following.unfollow(broken, brokenSearch.id());
        assertThat(following.list(broken)).isEmpty();
    }

    @Test
    void followersAreToldOnlyOnceThePublicationCommits() {
        LessonDetails lesson = publication.publish(crew, faxLesson());
        awaitNotices();
        Actor late = publication.person("Lee Late", Roles.CONTRIBUTOR);
        following.followProjectType(late, ProjectType.FAX_REMOVAL);
        LessonPublished again = new LessonPublished(lesson.id(), crew.publisher().memberId(), lesson.publishedOn(),
                Instant.now());
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);

        transaction.executeWithoutResult(status -> {
            events.publishEvent(again);
            status.setRollbackOnly();
        });
        awaitNotices();
        assertThat(told(late, lesson)).as("a publication rolled back tells nobody").isEmpty();

        transaction.executeWithoutResult(status -> {
            events.publishEvent(again);
            assertThat(told(late, lesson)).as("nothing is told before the commit").isEmpty();
        });
        awaitNotices();
        assertThat(told(late, lesson)).hasSize(1);
    }

    private static LessonContent faxLesson() {
        return LessonTestData.complete("Switching off the fax machines " + LessonTestData.unique("#")).toBuilder()
                .projectType(ProjectType.FAX_REMOVAL)
                .summary("How a trust replaced its fax machines with secure e-mail and direct messaging.")
                .region(Region.NORTH_WEST)
                .build();
    }

    private List<Notification> told(Actor member, LessonDetails lesson) {
        return notifications.list(member.memberId(), 0, 100).stream()
                .filter(n -> n.kind() == NotificationKind.FOLLOWED_LESSON_PUBLISHED)
                .filter(n -> lesson.id().equals(n.lessonId())).toList();
    }

    private void awaitNotices() {
        await().atMost(Duration.ofSeconds(30)).until(() -> FollowerDeliveries.done(jdbc));
    }
}
