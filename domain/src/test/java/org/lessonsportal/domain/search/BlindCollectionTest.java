package org.lessonsportal.domain.search;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * Like {@link RelevanceCollectionTest}, with a database of its own for the blind relevance set
 * ({@code search/blind/}), so each set's index holds exactly its own lessons. (The address here wins over the one
 * {@link RelevanceCollectionTest} gives: a test's property sources take precedence over {@code @SpringBootTest}'s.)
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RelevanceCollectionTest
@TestPropertySource(properties =
        "spring.datasource.url=jdbc:h2:mem:search-blind;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE")
@interface BlindCollectionTest {
}
