package org.lessonsportal.domain.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lessonsportal.domain.pairing.HelpPolicy.Action;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Decision;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.testsupport.PolicyTable;

/** Every relation × action cell of {@link HelpPolicy}, from the grid in {@code help-policy.csv}. */
class HelpPolicyTest {

    private static final long OFFERING = 100L;
    private static final long ASKING = 200L;
    private static final long THIRD = 300L;
    private static final long ASKER_ID = 3L;

    /** How someone stands to the offering organisation and to one request to pair with it. */
    @RequiredArgsConstructor
    enum Relation {
        ADMIN_OF_ORGANISATION(Actor.member(1L, OFFERING, Set.of(Roles.CONTRIBUTOR, Roles.ADMIN))),
        MEMBER(Actor.member(2L, OFFERING, Set.of(Roles.CONTRIBUTOR))),
        CONTRIBUTOR_OF_OTHER(Actor.member(ASKER_ID, ASKING, Set.of(Roles.CONTRIBUTOR))),
        ADMIN_OF_OTHER(Actor.member(4L, ASKING, Set.of(Roles.CONTRIBUTOR, Roles.ADMIN))),
        CONTRIBUTOR_ELSEWHERE(Actor.member(5L, THIRD, Set.of(Roles.CONTRIBUTOR))),
        ADMIN_ELSEWHERE(Actor.member(6L, THIRD, Set.of(Roles.CONTRIBUTOR, Roles.ADMIN))),
        ADMIN_ACTING_ELSEWHERE(Actor.member(9L, THIRD, Set.of(OFFERING, ASKING), Set.of(Roles.CONTRIBUTOR,
                Roles.ADMIN))),
        READER_WITHOUT_ORGANISATION(Actor.member(7L, null, Set.of(Roles.CONTRIBUTOR))),
        SITE_ADMIN(Actor.member(8L, null, Set.of(Roles.ADMIN))),
        SYSTEM(Actor.SYSTEM);

        final Actor actor;
    }

    /** Organisation 100 offers help; member 3 of organisation 200 asked to be paired. */
    private static final HelpFacts REQUEST = new HelpFacts(OFFERING, ASKING, ASKER_ID);

    /** The facts an action is decided on: offering and asking concern the organisation alone. */
    private static HelpFacts factsFor(Action action) {
        return action == Action.OFFER_HELP || action == Action.ASK_FOR_PAIRING ? HelpFacts.organisation(OFFERING)
                : REQUEST;
    }

    record Row(Relation relation, Map<Action, Boolean> allowed) {
    }

    static List<Row> grid() {
        return PolicyTable.read(HelpPolicyTest.class, "help-policy.csv", 1, Action.class).stream()
                .map(line -> new Row(Relation.valueOf(line.keys().get(0)), line.allowed())).toList();
    }

    static Stream<Arguments> cells() {
        return grid().stream().flatMap(row -> Arrays.stream(Action.values())
                .map(action -> Arguments.of(row.relation(), action, row.allowed().get(action))));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("cells")
    void everyCell(Relation relation, Action action, boolean expected) {
        Decision decision = HelpPolicy.decide(relation.actor, action, factsFor(action));

        assertThat(decision.allowed()).as("%s may %s", relation, action).isEqualTo(expected);
        if (!expected) {
            assertThat(decision.reason()).as("the reason given").isNotBlank().endsWith(".");
        }
    }

    @Test
    void theGridHasEveryRelationExactlyOnce() {
        Set<Relation> seen = new HashSet<>();
        for (Row row : grid()) {
            assertThat(seen.add(row.relation())).as("duplicate row %s", row.relation()).isTrue();
        }
        assertThat(seen).containsExactlyInAnyOrder(Relation.values());
    }

    @Test
    void allowedActionsAgreesWithDecide() {
        for (Relation relation : Relation.values()) {
            Set<Action> allowed = HelpPolicy.allowedActions(relation.actor, REQUEST);
            for (Action action : Action.values()) {
                assertThat(allowed.contains(action)).isEqualTo(HelpPolicy.allows(relation.actor, action, REQUEST));
            }
        }
    }

    @Test
    void someoneInBothOrganisationsCannotAskTheirOwnOrganisationWhicheverTheyActFor() {
        Actor both = Actor.member(9L, ASKING, Set.of(ASKING, OFFERING), Set.of(Roles.CONTRIBUTOR));
        Decision decision = HelpPolicy.decide(both, Action.ASK_FOR_PAIRING,
                HelpFacts.organisation(OFFERING));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).isEqualTo("This is your own organisation's offer: ask another organisation.");
    }

    @Test
    void anAdministratorOfAnotherOrganisationNeitherOffersNorAnswersForThisOne() {
        assertThat(HelpPolicy.decide(Relation.ADMIN_ELSEWHERE.actor, Action.OFFER_HELP,
                HelpFacts.organisation(OFFERING)).reason())
                .isEqualTo("Only the organisation's administrators can offer or withdraw its help.");
        assertThat(HelpPolicy.decide(Relation.ADMIN_OF_OTHER.actor, Action.ANSWER_PAIRING, REQUEST).reason())
                .isEqualTo("Only the administrators of the organisation that offered help can answer a request to "
                        + "pair.");
    }
}
