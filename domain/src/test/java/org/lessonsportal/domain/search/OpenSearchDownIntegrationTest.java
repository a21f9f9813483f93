package org.lessonsportal.domain.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.net.ServerSocket;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.Lesson;
import org.lessonsportal.domain.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A portal node on OpenSearch starts while OpenSearch cannot be reached: the address below is a port nothing listens
 * on. The settings are production's (the index made or checked by {@link OpenSearchIndexOnce}, not by Hibernate
 * Search; the index filled at start if empty; ranking by meaning, so a vector field), apart from the coordination
 * (none: no outbox agent of this context picks up other tests' changes). Searches then say plainly that search is
 * unavailable. Needs no OpenSearch node, so it runs in every build.
 */
@SpringBootTest(properties = {
        "lessons.search.engine=opensearch",
        "lessons.search.semantic=true",
        "lessons.search.reindex-on-start=if-empty",
        "spring.jpa.properties.hibernate.search.schema_management.strategy=none",
        "spring.jpa.properties.hibernate.search.coordination.strategy=none"})
@WithMockUser
// the context keeps trying to make the index: closed after this class rather than kept for others
@DirtiesContext
class OpenSearchDownIntegrationTest {

    @DynamicPropertySource
    static void nobodyListening(DynamicPropertyRegistry registry) {
        int port = freePort();
        registry.add("lessons.search.opensearch-uris", () -> "http://127.0.0.1:" + port);
    }

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    SearchService search;

    @Test
    void theNodeStartsWithTheIndexMappedForOpenSearchWithVectors() {
        // The context started (this test runs); the mapping is OpenSearch's, with the vector field, which Hibernate
        // Search refuses for a version before 2.9.
        assertThat(Search.mapping(entityManagerFactory).backend()).isInstanceOf(ElasticsearchBackend.class);
        assertThat(Search.mapping(entityManagerFactory).indexedEntity(Lesson.class).indexManager().descriptor()
                .field(IndexFields.EMBEDDING)).as("the vector field").isPresent();
    }

    @Test
    void aSearchSaysPlainlyThatSearchIsUnavailable() {
        assertThatThrownBy(() -> search.search(SearchQuery.builder().text("fax removal").build()))
                .isInstanceOf(DomainException.class).hasMessage(SearchService.UNAVAILABLE);
        assertThatThrownBy(() -> search.similar("Removing fax machines from wards", null, null, 5))
                .isInstanceOf(DomainException.class).hasMessage(SearchService.UNAVAILABLE);
    }

    /** A loopback port free a moment ago: closed again, so a connection to it is refused. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the test", e);
        }
    }
}
