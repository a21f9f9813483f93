package org.lessonsportal.e2e;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lessonsportal.e2e.AccessMatrixReport.Cell;
import org.lessonsportal.e2e.AccessRoutes.Kind;
import org.lessonsportal.e2e.AccessRoutes.Route;
import org.lessonsportal.e2e.AccessRules.Caller;
import org.lessonsportal.e2e.AccessRules.Expected;
import org.lessonsportal.e2e.AccessRules.Outcome;
import org.lessonsportal.e2e.AccessRules.State;
import org.lessonsportal.e2e.support.KeycloakServer;
import org.lessonsportal.e2e.support.PortalSession;
import org.lessonsportal.e2e.support.PortalSession.Answer;
import org.lessonsportal.e2e.support.PortalWithKeycloak;
import org.lessonsportal.workflow.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The access matrix: every route of the portal × every kind of caller × every state of a lesson, over HTTP against
 * the real Keycloak, each cell's answer compared with the one table of intended rules ({@link AccessRules},
 * {@link AccessRoutes}). People sign in to the portal as a browser would (Keycloak's login pages, the portal's
 * session cookie); Vaadin views are opened the way the browser's bootstrap opens them ({@code ?v-r=init}), whose JSON
 * answer carries every text the view shows. A cell fails when the answer is not the expected one (allowed, "not
 * found", refused) or when a lesson the caller may not see is anywhere in the answer: its title word or text word.
 *
 * <p>Every cell is reported in {@code target/access-matrix.txt}; the test fails if any cell does not match.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT extends PortalWithKeycloak {

    private static final Path REPORT = Path.of("target", "access-matrix.txt");
    private static final Path ANSWERS = Path.of("target", "access-matrix");

    @Autowired
    Notifications notifications;

    private final Map<Caller, PortalSession> callers = new EnumMap<>(Caller.class);
    private MatrixLessons lessons;

    @BeforeAll
    void callersAndLessons() {
        String url = portalUrl();
        for (Caller caller : Caller.values()) {
            if (caller.person()) {
                callers.put(caller, PortalSession.signedIn(url, keycloak(), caller.username, "demo"));
            }
        }
        callers.put(Caller.ANONYMOUS, PortalSession.anonymous(url));
        callers.put(Caller.API_CLIENT, PortalSession.withBearer(url, keycloak()
                .clientCredentials(KeycloakServer.API_CLIENT_ID, KeycloakServer.API_CLIENT_SECRET).accessToken()));
        callers.put(Caller.USER_TOKEN, PortalSession.withBearer(url,
                keycloak().authorizationCodeLogin("alice", "demo").accessToken()));
        lessons = MatrixLessons.create(lessonService, reviewTasks, organisations, notifications);
        awaitPublishedLessonSearchable();
    }

    /** The search index follows publication a moment later; the matrix starts once the API finds it. */
    private void awaitPublishedLessonSearchable() {
        PortalSession api = callers.get(Caller.API_CLIENT);
        String title = lessons.markers(State.PUBLISHED).get(0);
        long end = System.nanoTime() + 30_000_000_000L;
        while (!api.get("/api/lessons?q=" + lessons.sharedWord()).body().contains(title)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("The published lesson never became searchable");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void everyRouteForEveryCallerInEveryStateAnswersAsIntended() throws Exception {
        List<Route> routes = AccessRoutes.all();
        List<Cell> cells = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Caller caller : Caller.values()) {
                running.add(pool.submit(() -> routes.forEach(route -> cells.addAll(check(route, caller)))));
            }
            for (Future<?> done : running) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        AccessMatrixReport report = new AccessMatrixReport(routes, cells, lessons);
        String text = report.write(REPORT, ANSWERS);
        System.out.println(text);
        if (!report.mismatches().isEmpty()) {
            fail(report.mismatches().size() + " of " + cells.size() + " cells do not answer as intended (every cell: "
                    + REPORT.toAbsolutePath() + "):\n" + report.mismatchList());
        }
    }

    /** The cells of one route for one caller: one request per lesson, or one request checked for every lesson. */
    private List<Cell> check(Route route, Caller caller) {
        PortalSession session = callers.get(caller);
        List<Cell> result = new ArrayList<>();
        Answer shared = null;
        for (State state : route.states()) {
            String address = route.address().of(lessons, state);
            if (address == null) {
                continue;
            }
            Answer answer;
            if (route.perLesson() || shared == null) {
                answer = call(session, route.kind(), address);
                if (!route.perLesson()) {
                    shared = answer;
                }
            } else {
                answer = shared;
            }
            Expected expected = route.rule().expect(caller, state, lessons);
            result.add(Cell.of(route, caller, state, address, expected, outcome(route.kind(), answer), answer,
                    lessons));
        }
        return result;
    }

    private static Answer call(PortalSession session, Kind kind, String address) {
        return switch (kind) {
            case VIEW -> {
                int query = address.indexOf('?');
                yield query < 0 ? session.openView(address, "")
                        : session.openView(address.substring(0, query), address.substring(query + 1));
            }
            case GET, API_GET -> session.get(address);
            case API_POST -> session.postJson(address, "this is not JSON");
        };
    }

    /** What the answer means: allowed, "not found", refused (access denied, sign in first, 401/403) or an error. */
    static Outcome outcome(Kind kind, Answer answer) {
        int status = answer.status();
        if (status >= 300 && status < 400) {
            return isSignIn(answer.location()) ? Outcome.REFUSED : Outcome.ERROR;
        }
        if (status == 401 || status == 403) {
            return Outcome.REFUSED;
        }
        if (status == 404) {
            return Outcome.NOT_FOUND;
        }
        if (status == 400 && kind == Kind.API_POST) {
            return Outcome.ALLOWED; // past the security checks: the body was read and found not to be JSON
        }
        if (status != 200) {
            return Outcome.ERROR;
        }
        return kind == Kind.VIEW ? VaadinAnswers.outcome(answer.body()) : Outcome.ALLOWED;
    }

    static boolean isSignIn(String location) {
        return location.contains("/sign-in") || location.contains("/oauth2/authorization")
                || location.contains("/realms/");
    }
}
