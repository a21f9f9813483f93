package org.lessonsportal.e2e;

import static org.lessonsportal.e2e.AccessRules.Caller.ALICE;
import static org.lessonsportal.e2e.AccessRules.Caller.API_CLIENT;
import static org.lessonsportal.e2e.AccessRules.Caller.BOB;
import static org.lessonsportal.e2e.AccessRules.Caller.CAROL;
import static org.lessonsportal.e2e.AccessRules.Caller.RITA;
import static org.lessonsportal.e2e.AccessRules.State.ARCHIVED;
import static org.lessonsportal.e2e.AccessRules.State.CHANGES_REQUESTED;
import static org.lessonsportal.e2e.AccessRules.State.DRAFT;
import static org.lessonsportal.e2e.AccessRules.State.IN_REVIEW;
import static org.lessonsportal.e2e.AccessRules.State.PUBLISHED;
import static org.lessonsportal.e2e.AccessRules.State.WITHDRAWN_UNSUBMITTED;

import java.util.EnumSet;
import java.util.Set;
import lombok.RequiredArgsConstructor;

/**
 * Who may see what, as intended: the one table the access matrix is generated from. Written from the rules the portal
 * promises (see {@code LessonPolicy} and the views' annotations), not from what the code does today, so a cell where
 * the portal differs is reported rather than copied.
 *
 * <p>The rules: a draft, and a lesson withdrawn before it was ever submitted, are seen only by the author's
 * organisation; from submission until a decision a lesson is seen by its author, its assigned reviewers, publishers
 * and administrators; published and archived lessons by every signed-in person (people without an organisation may
 * read published lessons, search and the playbook: {@code OrganisationGuard}); anonymous callers see only the public
 * pages; admin pages are for administrators, the publish queue for publishers, a review task for its reviewer, a revise
 * task for the author. The API answers API clients only (bearer token with {@code api-read}, {@code api-import} for the
 * import), published lessons only; anything else is 401, including a person's token issued to the portal.
 */
final class AccessRules {

    /** Who calls. The people are the demo realm's; their organisations and roles are written here as the rules use them. */
    @RequiredArgsConstructor
    enum Caller {
        ANONYMOUS("anonymous", null, false, Set.of()),
        NORA("nora", "nora", false, Set.of("contributor")),
        ALICE("alice", "alice", true, Set.of("contributor")),
        RITA("rita", "rita", true, Set.of("contributor", "reviewer")),
        BOB("bob", "bob", true, Set.of("contributor", "reviewer")),
        CAROL("carol", "carol", true, Set.of("contributor", "reviewer")),
        PAT("pat", "pat", true, Set.of("contributor", "publisher")),
        ADAM("adam", "adam", true, Set.of("admin")),
        API_CLIENT("API client", null, false, Set.of()),
        USER_TOKEN("alice's token", null, false, Set.of());

        final String label;
        final String username;
        final boolean organisation;
        final Set<String> roles;

        /** Signed in to the portal (has a session). */
        boolean person() {
            return username != null;
        }
    }

    /** The lesson's state, one lesson each (all written by alice, of Northshire ZZ1). ANY: the route shows no lesson. */
    @RequiredArgsConstructor
    enum State {
        DRAFT("draft"),
        WITHDRAWN_UNSUBMITTED("withdrawn, never submitted"),
        IN_REVIEW("in review"),
        CHANGES_REQUESTED("changes requested"),
        PUBLISHED("published"),
        ARCHIVED("archived"),
        ANY("(no lesson)");

        final String label;
    }

    enum Outcome { ALLOWED, NOT_FOUND, REFUSED, ERROR }

    /** Whether the lesson's title or marker words may be in the answer. */
    enum Visibility {
        /** Must be there (the page is about it, or it is the search result). */
        SHOWN,
        /** May be there (the caller may see it), need not. */
        MAY,
        /** Must not be anywhere in the answer. */
        HIDDEN
    }

    /** The expected answer of one cell; {@code status} 0 = any status that means the outcome. */
    record Expected(Outcome outcome, Visibility visibility, int status) {

        static Expected allowed(Visibility visibility) {
            return new Expected(Outcome.ALLOWED, visibility, 0);
        }

        static final Expected NOT_FOUND = new Expected(Outcome.NOT_FOUND, Visibility.HIDDEN, 0);
        static final Expected REFUSED = new Expected(Outcome.REFUSED, Visibility.HIDDEN, 0);
        static final Expected API_401 = new Expected(Outcome.REFUSED, Visibility.HIDDEN, 401);
    }

    /** The assigned reviewers of the lessons that went to review (the review process picks two from other organisations). */
    static final Set<Caller> REVIEWERS = EnumSet.of(BOB, CAROL);

    private AccessRules() {
    }

    /** Whether the caller may see the lesson at all. */
    static boolean maySee(Caller caller, State state) {
        if (!caller.person()) {
            return false;
        }
        return switch (state) {
            case DRAFT, WITHDRAWN_UNSUBMITTED -> caller == ALICE || caller == RITA;
            case IN_REVIEW, CHANGES_REQUESTED -> caller == ALICE || REVIEWERS.contains(caller)
                    || caller.roles.contains("publisher") || caller.roles.contains("admin");
            case PUBLISHED, ARCHIVED -> true;
            case ANY -> false;
        };
    }

    /** Who may open a view: null if they get in, otherwise the refusal. */
    static Expected gate(Caller caller, boolean openWithoutOrganisation, String... anyOfRoles) {
        if (!caller.person()) {
            return Expected.REFUSED;
        }
        if (anyOfRoles.length > 0 && Set.of(anyOfRoles).stream().noneMatch(caller.roles::contains)) {
            return Expected.REFUSED;
        }
        if (!caller.organisation && !openWithoutOrganisation) {
            return Expected.REFUSED;
        }
        return null;
    }

    /** A page about one lesson: shown to those who may see it, "not found" to the others who get in. */
    static Expected lessonPage(Caller caller, State state, boolean openWithoutOrganisation, String... roles) {
        Expected refused = gate(caller, openWithoutOrganisation, roles);
        if (refused != null) {
            return refused;
        }
        return maySee(caller, state) ? Expected.allowed(Visibility.SHOWN) : Expected.NOT_FOUND;
    }

    /** A page that may list lessons: it may list those the caller may see, never the others. */
    static Expected listPage(Caller caller, State state, boolean openWithoutOrganisation, String... roles) {
        Expected refused = gate(caller, openWithoutOrganisation, roles);
        if (refused != null) {
            return refused;
        }
        return Expected.allowed(maySee(caller, state) ? Visibility.MAY : Visibility.HIDDEN);
    }

    /** A public page: open to everyone; it may list only what the caller may see. */
    static Expected publicPage(Caller caller, State state) {
        return Expected.allowed(maySee(caller, state) ? Visibility.MAY : Visibility.HIDDEN);
    }

    /** The search page, searched for the words all six lessons' titles share: the published one must be found. */
    static Expected search(Caller caller, State state) {
        Expected page = listPage(caller, state, true);
        return page.outcome() == Outcome.ALLOWED && state == PUBLISHED ? Expected.allowed(Visibility.SHOWN) : page;
    }

    /**
     * The editor at a lesson's address: "not found" to those who may not see the lesson; the content only while its
     * author can change it (her draft; with changes requested it goes on to her revise task), otherwise a note that
     * the lesson cannot be changed (which may name it: the caller may see it).
     */
    static Expected editor(Caller caller, State state) {
        Expected refused = gate(caller, false, "contributor");
        if (refused != null) {
            return refused;
        }
        if (!maySee(caller, state)) {
            return Expected.NOT_FOUND;
        }
        return Expected.allowed(caller == ALICE && (state == DRAFT || state == CHANGES_REQUESTED) ? Visibility.SHOWN
                : Visibility.MAY);
    }

    /** The lesson as a PDF: published lessons only, for people who may see them; anonymous callers sign in first. */
    static Expected pdf(Caller caller, State state) {
        if (!caller.person()) {
            return Expected.REFUSED;
        }
        return maySee(caller, state) && state == PUBLISHED ? Expected.allowed(Visibility.SHOWN) : Expected.NOT_FOUND;
    }

    /** bob's review task of the lesson: open only while in review, and only to bob. */
    static Expected reviewTask(Caller caller, State state) {
        Expected refused = gate(caller, false, "reviewer");
        if (refused != null) {
            return refused;
        }
        return caller == BOB && state == IN_REVIEW ? Expected.allowed(Visibility.SHOWN) : Expected.NOT_FOUND;
    }

    /** alice's revise task: only to alice, while changes are requested. */
    static Expected reviseTask(Caller caller, State state) {
        Expected refused = gate(caller, false, "contributor");
        if (refused != null) {
            return refused;
        }
        return caller == ALICE && state == CHANGES_REQUESTED ? Expected.allowed(Visibility.SHOWN)
                : Expected.NOT_FOUND;
    }

    /** Opening a notification: only its recipient, who is taken to what it is about. */
    static Expected notification(Caller caller, Caller recipient) {
        Expected refused = gate(caller, false);
        if (refused != null) {
            return refused;
        }
        return caller == recipient ? Expected.allowed(Visibility.MAY) : Expected.NOT_FOUND;
    }

    /** An API read: API clients only, published lessons only; everyone else 401. */
    static Expected apiLesson(Caller caller, State state) {
        if (caller != API_CLIENT) {
            return Expected.API_401;
        }
        return state == PUBLISHED ? Expected.allowed(Visibility.SHOWN) : Expected.NOT_FOUND;
    }

    /** An API list (search, similar, feed): API clients only; only published lessons may be in it. */
    static Expected apiList(Caller caller, State state, boolean mustFindPublished) {
        if (caller != API_CLIENT) {
            return Expected.API_401;
        }
        if (state != PUBLISHED) {
            return Expected.allowed(Visibility.HIDDEN);
        }
        return Expected.allowed(mustFindPublished ? Visibility.SHOWN : Visibility.MAY);
    }

    /** The import: API clients with api-import (the demo client has it). */
    static Expected apiImport(Caller caller) {
        return caller == API_CLIENT ? Expected.allowed(Visibility.HIDDEN) : Expected.API_401;
    }

    static Set<State> lessonStates() {
        return EnumSet.of(DRAFT, WITHDRAWN_UNSUBMITTED, IN_REVIEW, CHANGES_REQUESTED, PUBLISHED, ARCHIVED);
    }

    static Set<State> afterReview() {
        return EnumSet.of(IN_REVIEW, CHANGES_REQUESTED, PUBLISHED, ARCHIVED);
    }
}
