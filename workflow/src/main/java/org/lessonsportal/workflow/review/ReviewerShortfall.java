package org.lessonsportal.workflow.review;

import java.time.Instant;
import java.util.List;

/**
 * Why a lesson's round has fewer reviewers than it needs, for the publishers asked to add the rest
 * (docs/adr/0048): who was asked, and everyone with the reviewer role who could not be, each with the reason in plain
 * English ("Rita Reviewer works for the organisation that wrote this lesson, so they cannot review it.").
 *
 * @param required        how many reviewers a round needs ({@code lessons.review.required-reviewers})
 * @param asked           the names of the reviewers of the current round
 * @param leftOut         why each reviewer left out could not be asked, by name; at most {@value #LISTED}
 * @param moreLeftOut     how many more were left out than are listed
 * @param directoryReadAt when the directory sync last brought people in from the identity provider; {@code null}
 *                        when it never has, so people who have not signed in yet are unknown to the portal
 */
public record ReviewerShortfall(int required, List<String> asked, List<String> leftOut, int moreLeftOut,
        Instant directoryReadAt) {

    /** The most reasons listed; the rest are counted. */
    public static final int LISTED = 20;

    public ReviewerShortfall {
        asked = List.copyOf(asked);
        leftOut = List.copyOf(leftOut);
    }

    /** How many more reviewers the round needs. */
    public int missing() {
        return Math.max(0, required - asked.size());
    }

    /** What is missing and who was asked, in a sentence or two. */
    public String summary() {
        if (missing() == 0) {
            return "This lesson has the " + reviewers(required) + " it needs.";
        }
        if (asked.isEmpty()) {
            return "None of the " + reviewers(required) + " this lesson needs could be found automatically.";
        }
        return "Only " + asked.size() + " of the " + reviewers(required) + " this lesson needs could be found "
                + "automatically. Reviewing it: " + String.join(", ", asked) + ".";
    }

    /** Whom the portal cannot know about: people who have not signed in yet, unless the directory sync runs. */
    public String whoIsKnown() {
        if (directoryReadAt == null) {
            return "The portal only knows reviewers who have signed in at least once: the directory sync is not "
                    + "set up, so reviewers who have never signed in cannot be asked. An administrator can set it "
                    + "up, or ask reviewers to sign in once.";
        }
        return "Reviewers who have never signed in count too: the portal read everyone in the identity provider's "
                + "organisations on " + ReviewText.date(directoryReadAt) + ".";
    }

    private static String reviewers(int n) {
        return n == 1 ? "1 reviewer" : n + " reviewers";
    }
}
