package org.lessonsportal.domain.search;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Like {@link RelevanceCollectionTest}, with a database of its own for the blind relevance set
 * ({@code search/blind/}), so each set's index holds exactly its own lessons.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:search-blind;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "lessons.search.directory-type=local-heap",
        "lessons.search.reindex-on-start=never",
        "lessons.search.synchronization=sync"})
@WithMockUser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@interface BlindCollectionTest {
}
