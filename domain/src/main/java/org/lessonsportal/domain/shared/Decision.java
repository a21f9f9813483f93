package org.lessonsportal.domain.shared;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A policy's answer ({@code LessonPolicy}, {@code HelpPolicy}), with the reason in plain English when the answer is
 * no.
 */
public record Decision(boolean allowed, String reason) {

    public static final Decision YES = new Decision(true, null);

    public static Decision no(String reason) {
        return new Decision(false, reason);
    }

    /** Every action of a policy's {@code actions} that {@code allows} says yes to. */
    public static <A extends Enum<A>> Set<A> allowedOf(Class<A> actions, Predicate<A> allows) {
        Set<A> allowed = EnumSet.noneOf(actions);
        for (A action : actions.getEnumConstants()) {
            if (allows.test(action)) {
                allowed.add(action);
            }
        }
        return allowed;
    }
}
