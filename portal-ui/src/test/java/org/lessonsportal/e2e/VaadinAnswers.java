package org.lessonsportal.e2e;

import java.util.regex.Pattern;
import org.lessonsportal.e2e.AccessRules.Outcome;

/**
 * Reads the answer to a Vaadin view's init request ({@code ?v-r=init}): JSON whose UIDL builds the view. The portal's
 * refusal and error views have fixed element ids ({@code access-denied}, {@code no-organisation}, {@code not-found},
 * {@code error}); a view that needs a signed-in person sends an anonymous caller to the sign-in page.
 */
final class VaadinAnswers {

    private VaadinAnswers() {
    }

    static Outcome outcome(String uidl) {
        if (hasElementId(uidl, "access-denied") || hasElementId(uidl, "no-organisation")) {
            return Outcome.REFUSED;
        }
        if (hasElementId(uidl, "not-found")) {
            return Outcome.NOT_FOUND;
        }
        if (hasElementId(uidl, "error")) {
            return Outcome.ERROR;
        }
        if (sendsToSignIn(uidl)) {
            return Outcome.REFUSED;
        }
        return Outcome.ALLOWED;
    }

    /** An element of the view has this id (the UIDL sets the attribute: {@code "key":"id",...,"value":"x"}). */
    static boolean hasElementId(String uidl, String id) {
        return Pattern.compile("\"key\":\"id\"[^{}]{0,40}?\"value\":\"" + Pattern.quote(id) + "\"").matcher(uidl)
                .find();
    }

    /** The answer navigates the browser to the sign-in page instead of showing a view. */
    static boolean sendsToSignIn(String uidl) {
        return Pattern.compile("window\\.(open|location)[^\\]]{0,200}sign-in|sign-in[^\\]]{0,200}window\\."
                + "(open|location)").matcher(uidl).find();
    }
}
