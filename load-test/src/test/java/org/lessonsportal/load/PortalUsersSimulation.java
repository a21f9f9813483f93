package org.lessonsportal.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.nio.file.Path;
import java.time.Duration;

/**
 * People using the portal at once, through its own pages ({@link UiActions}): {@code load.users} people signed in
 * together, 70% readers ({@link Readers}), 20% contributors ({@link Contributors}) and 10% reviewers
 * ({@link Reviewers}), each signing in through Keycloak's form and then acting with a pause of 5 to 15 seconds
 * between actions, for as long as the run lasts. The people sign in over {@code load.ramp-seconds}, then all of them
 * act for {@code load.steady-seconds}; only the actions of that steady part count in the figures {@link SteadyState}
 * prints (Gatling's report covers the whole run). A closed model: a person who stops is replaced. Loopback only,
 * bounded in people and time; it stops by itself.
 */
public class PortalUsersSimulation extends Simulation {

    private static final int USERS = Integer.getInteger("load.users", 30);
    private static final int RAMP = Integer.getInteger("load.ramp-seconds", 60);
    private static final int STEADY = Integer.getInteger("load.steady-seconds", 180);
    private static final int CONTRIBUTORS = Math.max(1, Math.round(USERS * 0.2f));
    private static final int REVIEWERS = Math.max(1, Math.round(USERS * 0.1f));
    private static final int READERS = Math.max(1, USERS - CONTRIBUTORS - REVIEWERS);
    private static final LoadAccounts ACCOUNTS = new LoadAccounts();

    private final ScenarioBuilder readers = people("Readers", "load-reader-", READERS, Readers.oneVisit(),
            "contributor");
    private final ScenarioBuilder contributors = people("Contributors", "load-contributor-", CONTRIBUTORS,
            Contributors.oneLesson(), "contributor");
    private final ScenarioBuilder reviewers = people("Reviewers", "load-reviewer-", REVIEWERS, Reviewers.oneVisit(),
            "contributor", "reviewer");

    /** People of one kind: each signs in once, opens the home page, then repeats what they do until the end. */
    private static ScenarioBuilder people(String kind, String prefix, int count, ChainBuilder repeated,
            String... roles) {
        return scenario(kind)
                .feed(listFeeder(ACCOUNTS.create(prefix, count, roles)).circular())
                .exec(SignIn.signIn(), UiActions.startUi("home", "home", "home-title"))
                .forever().on(exec(repeated));
    }

    private static PopulationBuilder inject(ScenarioBuilder scenario, int count) {
        return scenario.injectClosed(rampConcurrentUsers(0).to(count).during(Duration.ofSeconds(RAMP)),
                constantConcurrentUsers(count).during(Duration.ofSeconds(STEADY)));
    }

    @Override
    public void before() {
        SteadyState.startAt(System.currentTimeMillis() + RAMP * 1000L);
    }

    @Override
    public void after() {
        SteadyState.write(USERS + " people (" + READERS + " readers, " + CONTRIBUTORS + " contributors, "
                + REVIEWERS + " reviewers), steady " + STEADY + " s after a ramp of " + RAMP + " s",
                STEADY * 1000L, Path.of("target", "load", "portal-users-" + USERS + ".txt"));
        ACCOUNTS.delete("load-reader-", READERS);
        ACCOUNTS.delete("load-contributor-", CONTRIBUTORS);
        ACCOUNTS.delete("load-reviewer-", REVIEWERS);
    }

    {
        setUp(inject(readers, READERS), inject(contributors, CONTRIBUTORS), inject(reviewers, REVIEWERS))
                .protocols(SignIn.browser())
                .maxDuration(Duration.ofSeconds(RAMP + STEADY));
    }
}
