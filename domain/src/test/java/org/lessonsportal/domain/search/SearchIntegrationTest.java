package org.lessonsportal.domain.search;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The Spring context shared by the search integration tests: an in-memory index, no indexing at start-up, and
 * read-sync indexing so a committed change is searchable at once. Whatever database the other tests use.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "lessons.search.directory-type=local-heap",
        "lessons.search.reindex-on-start=never",
        "lessons.search.synchronization=sync"})
@WithMockUser
@interface SearchIntegrationTest {
}
