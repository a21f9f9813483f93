package org.lessonsportal.domain.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonContent;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonExchangeService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.testsupport.LessonTestCase;
import org.lessonsportal.testsupport.LessonTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** Only published lessons are found: from the moment they are published until they are archived. */
@SearchIntegrationTest
class SearchLifecycleIntegrationTest extends LessonTestCase {

    @Autowired
    SearchService search;

    @Autowired
    LessonExchangeService exchange;

    String marker;

    @BeforeEach
    void setUp() {
        marker = SearchFixtures.marker();
    }

    private LessonContent content(String title) {
        LessonContent complete = LessonTestData.complete(title);
        return complete.toBuilder().summary(complete.summary() + " Known locally as " + marker + ".").build();
    }

    private LessonDetails inReview() {
        LessonDetails draft = lessons.createDraft(cast.author(), content(LessonTestData.title()));
        LessonDetails submitted = lessons.submit(draft.id(), cast.author(), draft.version());
        lessons.assignReviewer(submitted.id(), cast.reviewer().memberId(), Actor.SYSTEM);
        lessons.startReview(submitted.id(), Actor.SYSTEM);
        return lessons.get(submitted.id(), Actor.SYSTEM);
    }

    private LessonDetails published() {
        LessonDetails lesson = inReview();
        lessons.approve(lesson.id(), Actor.SYSTEM, null);
        return lessons.publish(lesson.id(), cast.publisher());
    }

    private List<Long> found() {
        return search.search(SearchQuery.of(marker)).items().stream().map(SearchHit::lessonId).toList();
    }

    @Test
    void aLessonIsFoundWithinASecondOfPublicationAndNotAfterItIsArchived() throws InterruptedException {
        LessonDetails submitted = inReview();
        assertThat(found()).as("in review").isEmpty();
        lessons.approve(submitted.id(), Actor.SYSTEM, null);
        assertThat(found()).as("approved").isEmpty();

        lessons.publish(submitted.id(), cast.publisher());
        long start = System.nanoTime();
        while (found().isEmpty() && System.nanoTime() - start < Duration.ofSeconds(1).toNanos()) {
            Thread.sleep(20);
        }
        assertThat(found()).as("published a second ago").containsExactly(submitted.id());

        lessons.archive(submitted.id(), cast.admin(), "Superseded by the national guidance.");
        assertThat(found()).as("archived").isEmpty();
    }

    @Test
    void withdrawnAndDeclinedLessonsAreNeverFound() {
        LessonDetails withdrawn = lessons.createDraft(cast.author(), content(LessonTestData.title()));
        LessonDetails submitted = lessons.submit(withdrawn.id(), cast.author(), withdrawn.version());
        lessons.withdraw(submitted.id(), cast.author(), "We are not ready to share this.");

        LessonDetails declined = inReview();
        lessons.decline(declined.id(), Actor.SYSTEM, "It repeats a published lesson.");
        lessons.createDraft(cast.author(), content(LessonTestData.title()));

        assertThat(found()).isEmpty();
        assertThat(published()).isNotNull();
        assertThat(found()).as("the same words in a published lesson").hasSize(1);
    }

    @Test
    void reimportingAPublishedLessonUpdatesWhatIsFound() {
        String ods = SearchFixtures.ods();
        ObjectNode lesson = SearchFixtures.lesson(ods, "Reimport Trust", "paperless",
                "Scanning our outpatient notes", "How we scanned outpatient notes, known as " + marker + ".",
                "Outpatient clinics used paper notes.");
        SearchFixtures.importLessons(exchange, List.of(lesson));
        assertThat(search.search(SearchQuery.of(marker)).items()).extracting(SearchHit::title)
                .containsExactly("Scanning our outpatient notes");

        lesson.put("title", "Scanning all our case notes");
        SearchFixtures.importLessons(exchange, List.of(lesson));

        assertThat(search.search(SearchQuery.of(marker)).items()).extracting(SearchHit::title)
                .containsExactly("Scanning all our case notes");
    }

    @Test
    @WithAnonymousUser
    void searchingNeedsASignedInUser() {
        assertThatThrownBy(() -> search.search(SearchQuery.of("fax"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> search.similar("fax", null, null, 5)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "contributor")
    void onlyAnAdministratorRebuildsTheIndex() {
        assertThatThrownBy(() -> search.reindex()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "admin")
    void rebuildingTheIndexKeepsPublishedLessonsOnly() {
        LessonDetails published = published();
        LessonDetails archived = published();
        lessons.archive(archived.id(), cast.admin(), "Superseded by the national guidance.");
        lessons.createDraft(cast.author(), content(LessonTestData.title()));

        ReindexResult result = search.reindex();

        assertThat(result.lessonsIndexed()).isPositive();
        assertThat(found()).containsExactly(published.id());
    }
}
