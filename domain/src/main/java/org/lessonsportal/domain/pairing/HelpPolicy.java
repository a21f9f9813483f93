package org.lessonsportal.domain.pairing;

import java.util.Set;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Decision;
import org.lessonsportal.domain.shared.Roles;

/**
 * Who may offer help and pair with whom, for an organisation: the one place these rules live (the organisation-level
 * counterpart of {@code LessonPolicy}; every cell is in {@code help-policy.csv}, checked by {@code HelpPolicyTest}).
 * Pure functions. An organisation's administrator is a member of it (any membership) with the role {@code admin}.
 * <ul>
 * <li>only the organisation's administrators offer or withdraw its help, and answer requests to pair with it;</li>
 * <li>a contributor acting for another organisation asks to be paired; never one who belongs to the offering
 * organisation;</li>
 * <li>a pairing (or a request still waiting) is ended by the administrators of either organisation or by the person
 * who asked;</li>
 * <li>the requests are seen by the people of the two organisations; every pairing by every administrator.</li>
 * </ul>
 */
public final class HelpPolicy {

    /** Things a person can do about an organisation's help. */
    public enum Action {
        /** Offer help with a type of project, change the offer or withdraw it. */
        OFFER_HELP,
        /** Ask the organisation to pair with one's own for a type of project it offers help with. */
        ASK_FOR_PAIRING,
        /** Accept or decline a request to pair. */
        ANSWER_PAIRING,
        /** End a pairing, or withdraw a request still waiting. */
        END_PAIRING,
        /** See a request to pair, its message and how it was answered. */
        SEE_REQUESTS,
        /** See every organisation's pairings and requests (Administration). */
        SEE_ALL_PAIRINGS
    }

    private HelpPolicy() {
    }

    public static boolean allows(Actor actor, Action action, HelpFacts facts) {
        return decide(actor, action, facts).allowed();
    }

    /** Every action the actor may take now. */
    public static Set<Action> allowedActions(Actor actor, HelpFacts facts) {
        return Decision.allowedOf(Action.class, action -> allows(actor, action, facts));
    }

    public static Decision decide(Actor actor, Action action, HelpFacts facts) {
        boolean system = actor.isSystem();
        boolean admin = !system && actor.hasRole(Roles.ADMIN);
        boolean ofOrganisation = !system && actor.belongsTo(facts.organisationId());
        boolean ofAsking = !system && actor.belongsTo(facts.askingOrganisationId());
        // speaking for an organisation takes acting for it, not only belonging to it through another membership
        boolean forOrganisation = !system && actor.actsFor(facts.organisationId());
        boolean forAsking = !system && actor.actsFor(facts.askingOrganisationId());
        boolean asker = !system && actor.is(facts.askedBy());
        return switch (action) {
            case OFFER_HELP -> admin && forOrganisation ? Decision.YES
                    : Decision.no("Only the organisation's administrators can offer or withdraw its help.");
            case ASK_FOR_PAIRING -> {
                if (system || !actor.hasRole(Roles.CONTRIBUTOR) || actor.organisationId() == null) {
                    yield Decision.no("Only a contributor acting for an organisation can ask to be paired.");
                }
                yield ofOrganisation ? Decision.no("This is your own organisation's offer: ask another organisation.")
                        : Decision.YES;
            }
            case ANSWER_PAIRING -> admin && forOrganisation ? Decision.YES
                    : Decision.no("Only the administrators of the organisation that offered help can answer a "
                            + "request to pair.");
            case END_PAIRING -> admin && (forOrganisation || forAsking) || asker ? Decision.YES
                    : Decision.no("Only the two organisations' administrators, or the person who asked, can end a "
                            + "pairing.");
            case SEE_REQUESTS -> system || ofOrganisation || ofAsking ? Decision.YES
                    : Decision.no("Only people in the two organisations can see a request to pair.");
            case SEE_ALL_PAIRINGS -> system || admin ? Decision.YES
                    : Decision.no("Only administrators can see every pairing.");
        };
    }
}
