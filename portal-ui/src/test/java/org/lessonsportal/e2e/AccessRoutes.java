package org.lessonsportal.e2e;

import static org.lessonsportal.e2e.AccessRules.State.ANY;
import static org.lessonsportal.e2e.AccessRules.State.CHANGES_REQUESTED;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lessonsportal.e2e.AccessRules.Caller;
import org.lessonsportal.e2e.AccessRules.Expected;
import org.lessonsportal.e2e.AccessRules.State;
import org.lessonsportal.e2e.AccessRules.Visibility;

/**
 * Every route of the portal with the rule that gives each cell's expected answer ({@link AccessRules}): each Vaadin
 * view (with its parameters), the lesson PDF and every API endpoint.
 */
final class AccessRoutes {

    /** How a route is called: a Vaadin view (its init request), a plain GET, or the API (GET or POST). */
    enum Kind { VIEW, GET, API_GET, API_POST }

    /** The expected answer of a cell. */
    interface Rule {
        Expected expect(Caller caller, State state, MatrixLessons lessons);
    }

    /** Where a route is for a lesson in a state ({@code null}: the route does not exist for that state). */
    interface Address {
        String of(MatrixLessons lessons, State state);
    }

    /**
     * One route: {@code perLesson} routes are called once per lesson (the address names it); the others once per
     * caller, and that one answer is checked for every lesson.
     */
    record Route(String name, Kind kind, boolean perLesson, Set<State> states, Address address, Rule rule) {
    }

    /** The lessons' type of project, as the start and playbook pages take it. */
    private static final String TYPE_PARAMETER = "projectType=" + MatrixLessons.TYPE.code();

    private AccessRoutes() {
    }

    static List<Route> all() {
        List<Route> routes = new ArrayList<>();
        Set<State> lessons = AccessRules.lessonStates();
        // pages about one lesson
        routes.add(new Route("lessons/{id}", Kind.VIEW, true, lessons, (l, s) -> "lessons/" + l.id(s),
                (c, s, l) -> AccessRules.lessonPage(c, s, true)));
        routes.add(new Route("lessons/{id}/edit", Kind.VIEW, true, lessons, (l, s) -> "lessons/" + l.id(s) + "/edit",
                (c, s, l) -> AccessRules.editor(c, s)));
        routes.add(new Route("lessons/{id}.pdf", Kind.GET, true, lessons, (l, s) -> "/lessons/" + l.id(s) + ".pdf",
                (c, s, l) -> AccessRules.pdf(c, s)));
        routes.add(new Route("tasks/{bob's review task}/review", Kind.VIEW, true, AccessRules.afterReview(),
                (l, s) -> l.bobsReviewTask(s) == null ? null : "tasks/" + l.bobsReviewTask(s) + "/review",
                (c, s, l) -> AccessRules.reviewTask(c, s)));
        routes.add(new Route("tasks/{alice's revise task}/revise", Kind.VIEW, true, EnumSet.of(CHANGES_REQUESTED),
                (l, s) -> l.alicesReviseTask() == null ? null : "tasks/" + l.alicesReviseTask() + "/revise",
                (c, s, l) -> AccessRules.reviseTask(c, s)));
        routes.add(new Route("notifications/{id}", Kind.VIEW, true, lessons,
                (l, s) -> l.notification(s) == null ? null : "notifications/" + l.notification(s).id(),
                (c, s, l) -> AccessRules.notification(c, l.notification(s).recipient())));
        // pages that may list lessons
        routes.add(list("lessons?q={the lessons' shared word}", (l, s) -> "lessons?q=" + l.sharedWord(),
                (c, s, l) -> AccessRules.search(c, s)));
        routes.add(list("home", "home", false));
        routes.add(new Route("(landing page)", Kind.VIEW, false, lessons, (l, s) -> "",
                (c, s, l) -> c.person() ? AccessRules.listPage(c, s, false) : AccessRules.publicPage(c, s)));
        routes.add(list("lessons/new", "lessons/new", false, "contributor"));
        routes.add(list("tasks", "tasks", false, "contributor", "reviewer", "publisher"));
        routes.add(list("publish", "publish", false, "publisher"));
        for (String admin : List.of("admin", "admin/organisations", "admin/members", "admin/reviewers",
                "admin/reviews", "admin/import", "admin/ods", "admin/search", "admin/pairings")) {
            routes.add(list(admin, admin, false, "admin"));
        }
        routes.add(list("notifications", "notifications", false));
        routes.add(list("following?q={shared word}", (l, s) -> "following?q=" + l.sharedWord(),
                (c, s, l) -> AccessRules.listPage(c, s, false)));
        routes.add(list("start?" + TYPE_PARAMETER, "start?" + TYPE_PARAMETER, false));
        routes.add(list("playbook?" + TYPE_PARAMETER, "playbook?" + TYPE_PARAMETER, true));
        // the lessons' organisation's page lists its published lessons, and is open without an organisation too
        routes.add(list("organisations/ZZ1", "organisations/ZZ1", true));
        for (String about : List.of("help", "accessibility", "privacy")) {
            routes.add(new Route(about, Kind.VIEW, false, lessons, (l, s) -> about,
                    (c, s, l) -> AccessRules.publicPage(c, s)));
        }
        // the API
        routes.add(new Route("/api/lessons/{id}", Kind.API_GET, true, lessons, (l, s) -> "/api/lessons/" + l.id(s),
                (c, s, l) -> AccessRules.apiLesson(c, s)));
        routes.add(new Route("/api/lessons?q={shared word}", Kind.API_GET, false, lessons,
                (l, s) -> "/api/lessons?size=50&q=" + l.sharedWord(), (c, s, l) -> AccessRules.apiList(c, s, true)));
        routes.add(new Route("/api/lessons/similar?text=...", Kind.API_GET, false, lessons,
                (l, s) -> "/api/lessons/similar?size=50&text=" + URLEncoder.encode(l.sharedWord()
                        + " moved three hospital sites onto one population health dashboard", StandardCharsets.UTF_8),
                (c, s, l) -> AccessRules.apiList(c, s, false)));
        routes.add(new Route("/api/lessons/feed.atom", Kind.API_GET, false, lessons,
                (l, s) -> "/api/lessons/feed.atom", (c, s, l) -> AccessRules.apiList(c, s, false)));
        routes.add(new Route("POST /api/import (not JSON)", Kind.API_POST, false, EnumSet.of(ANY),
                (l, s) -> "/api/import", (c, s, l) -> AccessRules.apiImport(c)));
        routes.add(new Route("/api/openapi.json", Kind.API_GET, false, EnumSet.of(ANY),
                // Public, but a bearer token not meant for the API is refused wherever it is sent (RFC 6750: an
                // invalid token is a 401 even where no token is needed).
                (l, s) -> "/api/openapi.json", (c, s, l) -> c == Caller.USER_TOKEN ? Expected.API_401
                        : Expected.allowed(Visibility.HIDDEN)));
        return routes;
    }

    private static Route list(String name, String address, boolean openWithoutOrganisation, String... roles) {
        return list(name, (l, s) -> address, (c, s, l) -> AccessRules.listPage(c, s, openWithoutOrganisation, roles));
    }

    private static Route list(String name, Address address, Rule rule) {
        return new Route(name, Kind.VIEW, false, AccessRules.lessonStates(), address, rule);
    }
}
