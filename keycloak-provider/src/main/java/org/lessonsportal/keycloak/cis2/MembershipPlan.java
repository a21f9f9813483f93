package org.lessonsportal.keycloak.cis2;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How a person's organisation memberships change at a CIS2 sign-in, by ODS code. CIS2 decides the memberships of
 * organisations that have an ODS code: the person belongs to every known organisation they hold a role at, and to no
 * other. Memberships of organisations without an ODS code are not touched.
 *
 * @param join    known organisations they hold a role at and do not belong to yet
 * @param leave   organisations they belong to but hold no role at any more
 * @param unknown ODS codes they hold a role at that no organisation in the realm has
 */
record MembershipPlan(Set<String> join, Set<String> leave, Set<String> unknown) {

    MembershipPlan {
        join = Collections.unmodifiableSet(new LinkedHashSet<>(join));
        leave = Collections.unmodifiableSet(new LinkedHashSet<>(leave));
        unknown = Collections.unmodifiableSet(new LinkedHashSet<>(unknown));
    }

    /**
     * @param roleOrgCodes the ODS codes of the organisations the person holds a role at
     * @param known        which of those the realm has an organisation for
     * @param current      the ODS codes of the organisations the person belongs to now
     */
    static MembershipPlan of(Set<String> roleOrgCodes, Set<String> known, Set<String> current) {
        Set<String> join = new LinkedHashSet<>(roleOrgCodes);
        join.retainAll(known);
        join.removeAll(current);
        Set<String> leave = new LinkedHashSet<>(current);
        leave.removeAll(roleOrgCodes);
        Set<String> unknown = new LinkedHashSet<>(roleOrgCodes);
        unknown.removeAll(known);
        return new MembershipPlan(join, leave, unknown);
    }
}
