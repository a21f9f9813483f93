package org.lessonsportal.domain.search;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;
import org.lessonsportal.domain.lesson.Lesson;
import org.lessonsportal.domain.lesson.LessonState;

/**
 * Only published lessons are in the index. When a lesson is archived its document is deleted; lessons that were
 * never published (drafts, lessons in review, declined or withdrawn ones) never had one, so nothing is done for them.
 */
final class PublishedLessonsOnly implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("state");
        context.bridge(Lesson.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<Lesson> {

        @Override
        public void route(DocumentRoutes routes, Object entityIdentifier, Lesson lesson,
                RoutingBridgeRouteContext context) {
            if (lesson.getState() == LessonState.PUBLISHED) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, Lesson lesson,
                RoutingBridgeRouteContext context) {
            // Only a published lesson can have been published before: PUBLISHED → ARCHIVED is the only way out.
            if (lesson.getState() == LessonState.PUBLISHED || lesson.getState() == LessonState.ARCHIVED) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }
    }
}
