package org.lessonsportal.testsupport;

import org.junit.jupiter.api.BeforeEach;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.testsupport.LessonTestData.Cast;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the lesson and review integration tests start from: the lesson and organisation services, {@link
 * LessonTestData} made through them, and before each test a new {@link Cast} of people around one lesson. The test
 * class says which Spring context it runs in ({@code @SpringBootTest} or one of its own).
 */
public abstract class LessonTestCase {

    @Autowired
    protected LessonService lessons;

    @Autowired
    protected OrganisationService organisations;

    protected LessonTestData data;
    protected Cast cast;

    @BeforeEach
    void setUpCast() {
        data = new LessonTestData(organisations, lessons);
        cast = data.cast();
    }
}
