package org.lessonsportal.domain.lesson;

import static org.lessonsportal.domain.lesson.LessonState.APPROVED;
import static org.lessonsportal.domain.lesson.LessonState.ARCHIVED;
import static org.lessonsportal.domain.lesson.LessonState.CHANGES_REQUESTED;
import static org.lessonsportal.domain.lesson.LessonState.DRAFT;
import static org.lessonsportal.domain.lesson.LessonState.IN_REVIEW;
import static org.lessonsportal.domain.lesson.LessonState.PUBLISHED;
import static org.lessonsportal.domain.lesson.LessonState.SUBMITTED;

import java.util.EnumSet;
import java.util.Set;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Decision;

/**
 * Who may do what to a lesson, in which state: the one place these rules live. Services ask it before every change
 * and the UI can ask it (through {@code LessonService.allowedActions}) which buttons to show. Pure functions.
 * <p>
 * The rules, in short:
 * <ul>
 * <li>a draft is seen only by members acting for the author's organisation, and only the author edits it; so is a
 * lesson that was never submitted, whatever its state (a draft withdrawn without being submitted never left its
 * organisation);</li>
 * <li>from submission until a decision, the lesson is seen by its author, its assigned reviewers, publishers and
 * administrators (and by the portal's own workflow);</li>
 * <li>published and archived lessons are seen by every signed-in member;</li>
 * <li>a reviewer never reviews a lesson from any organisation they belong to, nor one they wrote;</li>
 * <li>only the portal's review workflow concludes a review (from every reviewer's review, or on a publisher's
 * override), never a single reviewer;</li>
 * <li>a publisher never publishes (or sends back) a lesson they wrote, were asked to review, or that comes from any
 * organisation they belong to;</li>
 * <li>overruling the reviewers' recommendation to decline takes two publishers (see
 * {@code DeclineOverrideService}); neither may be from the lesson's organisation;</li>
 * <li>only the author withdraws, before publication; only an administrator archives, after publication;</li>
 * <li>a contributor of another organisation records that theirs is reusing a published lesson; never one of the
 * lesson's own organisation.</li>
 * <li>on a published lesson, people of other organisations ask its team questions; the author and anyone who belongs
 * to the lesson's organisation answer; anyone signed in reports an answer and a publisher hides it.</li>
 * </ul>
 */
public final class LessonPolicy {

    /** Things a person can do to a lesson. */
    public enum Action {
        /** Open the lesson. */
        VIEW,
        /** Change the content (the author, while it is a draft or back with them for changes). */
        EDIT,
        /** Submit a draft, or resubmit after changes were asked for. */
        SUBMIT,
        /** Assign and release reviewers, and start the review. */
        ASSIGN_REVIEWERS,
        /** Record one's own review of the current round. */
        REVIEW,
        /**
         * Conclude the review: ask for changes, approve or decline. Only the portal's review workflow
         * ({@link Actor#SYSTEM}) does, once every reviewer has sent their review or a publisher overrides them.
         */
        CONCLUDE_REVIEW,
        /** Publish an approved lesson. */
        PUBLISH,
        /** Send an approved lesson back to the reviewers or to the author. */
        SEND_BACK,
        /**
         * Propose, or confirm another publisher's proposal, to approve a lesson the reviewers recommended declining
         * (two different publishers are needed: {@code DeclineOverrideService} checks that part).
         */
        OVERRIDE_DECLINE,
        /** Withdraw the lesson before publication. */
        WITHDRAW,
        /**
         * Take a submitted lesson back to draft, ending its review (the author, in the first round, until a reviewer
         * has opened it: {@code LessonRecallService} checks that last part).
         */
        TAKE_BACK,
        /** Delete a draft (kept for the record, gone from every list). */
        DELETE,
        /** Retire a published lesson as out of date. */
        ARCHIVE,
        /** See submission rounds, comparisons between them, reviews and the audit trail. */
        VIEW_HISTORY,
        /**
         * Record that one's organisation is reusing the lesson ("we are using this"): a contributor of another
         * organisation, once it is published.
         */
        RECORD_REUSE,
        /**
         * Ask the lesson's team a question ("Questions to the team"): a contributor, reviewer or publisher acting for
         * an organisation other than the lesson's (belonging to it through no membership), once it is published.
         */
        ASK_QUESTION,
        /**
         * Answer a question about the lesson: its author, or anyone who belongs to the lesson's organisation, while it
         * is published.
         */
        ANSWER_QUESTION,
        /** Report an answer as wrong or unsuitable, for a publisher to look at: any signed-in member who sees it. */
        REPORT_ANSWER,
        /** Hide an answer from the lesson page and search, with a reason kept in the audit trail: a publisher. */
        HIDE_ANSWER
    }

    private static final Set<LessonState> UNDER_REVIEW = EnumSet.of(SUBMITTED, IN_REVIEW, CHANGES_REQUESTED,
            APPROVED);

    private LessonPolicy() {
    }

    public static boolean allows(Actor actor, Action action, LessonFacts lesson) {
        return decide(actor, action, lesson).allowed();
    }

    /** Every action the actor may take on the lesson now. */
    public static Set<Action> allowedActions(Actor actor, LessonFacts lesson) {
        return Decision.allowedOf(Action.class, action -> allows(actor, action, lesson));
    }

    public static Decision decide(Actor actor, Action action, LessonFacts lesson) {
        LessonRelation who = new LessonRelation(actor, lesson);
        LessonState state = lesson.state();
        return switch (action) {
            case VIEW -> view(who, state, lesson.everSubmitted());
            case EDIT -> authorOnly(who, state, EnumSet.of(DRAFT, CHANGES_REQUESTED),
                    "Only the author can change this lesson.", "This lesson can no longer be changed.");
            case SUBMIT -> authorOnly(who, state, EnumSet.of(DRAFT, CHANGES_REQUESTED),
                    "Only the author can submit this lesson.", "This lesson cannot be submitted now.");
            case WITHDRAW -> authorOnly(who, state,
                    EnumSet.of(DRAFT, SUBMITTED, IN_REVIEW, CHANGES_REQUESTED, APPROVED),
                    "Only the author can withdraw this lesson.",
                    "This lesson can only be withdrawn before it is published.");
            case TAKE_BACK -> authorOnly(who, state, EnumSet.of(SUBMITTED, IN_REVIEW),
                    "Only the author can take this lesson back.",
                    "Only a lesson waiting for or with its reviewers can be taken back to draft.");
            case DELETE -> authorOnly(who, state, EnumSet.of(DRAFT), "Only the author can delete this draft.",
                    "Only a draft can be deleted.");
            case ASSIGN_REVIEWERS -> assignReviewers(who, state);
            case REVIEW -> review(who, state);
            case CONCLUDE_REVIEW -> concludeReview(who, state);
            case PUBLISH -> publish(who, state, "publish", APPROVED, "Only approved lessons can be published.");
            case SEND_BACK -> publish(who, state, "send back", APPROVED, "Only approved lessons can be sent back.");
            case OVERRIDE_DECLINE -> publish(who, state, "overrule the reviewers of", IN_REVIEW,
                    "Only a lesson in review can be approved against its reviewers' recommendation.");
            case ARCHIVE -> archive(who, state);
            case VIEW_HISTORY -> viewHistory(who, state, lesson.everSubmitted());
            case RECORD_REUSE -> CollaborationRules.recordReuse(who, state);
            case ASK_QUESTION -> CollaborationRules.askQuestion(who, state);
            case ANSWER_QUESTION -> CollaborationRules.answerQuestion(who, state);
            case REPORT_ANSWER -> CollaborationRules.reportAnswer(who, state);
            case HIDE_ANSWER -> CollaborationRules.hideAnswer(who, state);
        };
    }

    private static Decision view(LessonRelation who, LessonState state, boolean everSubmitted) {
        if (who.system) {
            return Decision.YES;
        }
        if (state == PUBLISHED || state == ARCHIVED) {
            return Decision.YES;
        }
        if (state == DRAFT) {
            return who.author || who.actsForOrganisation ? Decision.YES
                    : Decision.no("Only people in the author's organisation can see a draft.");
        }
        if (!everSubmitted) {
            return who.author || who.actsForOrganisation ? Decision.YES
                    : Decision.no("Only people in the author's organisation can see a lesson that was never "
                            + "submitted.");
        }
        return who.author || who.reviewerOfLesson || who.publisher || who.admin ? Decision.YES
                : Decision.no("Only the author, its reviewers and publishers can see a lesson that is not published.");
    }

    private static Decision authorOnly(LessonRelation who, LessonState state, Set<LessonState> states, String notAuthor,
            String wrongState) {
        if (!who.author) {
            return Decision.no(notAuthor);
        }
        return states.contains(state) ? Decision.YES : Decision.no(wrongState);
    }

    private static Decision assignReviewers(LessonRelation who, LessonState state) {
        if (!(who.system || who.admin || who.publisher)) {
            return Decision.no("Only a publisher or an administrator can choose reviewers.");
        }
        if (who.author) {
            return Decision.no("You cannot choose the reviewers of a lesson you wrote.");
        }
        if (who.everAssigned) {
            return Decision.no("You cannot choose the reviewers of a lesson you were asked to review.");
        }
        return state == SUBMITTED || state == IN_REVIEW ? Decision.YES
                : Decision.no("Reviewers can only be chosen while a lesson is submitted or in review.");
    }

    private static Decision review(LessonRelation who, LessonState state) {
        if (who.author) {
            return Decision.no("You cannot review a lesson you wrote.");
        }
        if (who.reviewerRole && who.memberOfOrganisation) {
            return Decision.no("Reviewers cannot review lessons from their own organisation.");
        }
        if (!who.reviewerRole) {
            return Decision.no("Only reviewers can review lessons.");
        }
        if (!who.assignedNow) {
            return Decision.no("You have not been asked to review this lesson.");
        }
        return state == IN_REVIEW ? Decision.YES : Decision.no("This lesson is not in review.");
    }

    /** The outcome is the workflow's, from all the reviews (or a publisher's override): no one reviewer decides it. */
    private static Decision concludeReview(LessonRelation who, LessonState state) {
        if (!who.system) {
            return Decision.no("A review is concluded by the portal once every reviewer has sent their review, not by "
                    + "one person.");
        }
        return state == IN_REVIEW ? Decision.YES : Decision.no("This lesson is not in review.");
    }

    /** A publisher's decision on a lesson: never by its author, one of its reviewers, or its own organisation. */
    private static Decision publish(LessonRelation who, LessonState state, String verb, LessonState when,
            String wrongState) {
        if (!who.publisher) {
            return Decision.no("Only a publisher can " + verb + " a lesson.");
        }
        if (who.author) {
            return Decision.no("You cannot " + verb + " a lesson you wrote.");
        }
        if (who.everAssigned) {
            return Decision.no("You cannot " + verb + " a lesson you were asked to review: another publisher needs "
                    + "to check it.");
        }
        if (who.memberOfOrganisation) {
            return Decision.no("You cannot " + verb + " a lesson from your own organisation: another publisher needs "
                    + "to.");
        }
        return state == when ? Decision.YES : Decision.no(wrongState);
    }

    private static Decision archive(LessonRelation who, LessonState state) {
        if (!who.admin) {
            return Decision.no("Only an administrator can archive a lesson.");
        }
        return state == PUBLISHED ? Decision.YES : Decision.no("Only published lessons can be archived.");
    }

    private static Decision viewHistory(LessonRelation who, LessonState state, boolean everSubmitted) {
        Decision view = view(who, state, everSubmitted);
        if (!view.allowed()) {
            return view;
        }
        return who.system || who.author || who.reviewerOfLesson || who.publisher || who.admin ? Decision.YES
                : Decision.no("Only the author, its reviewers, publishers and administrators can see how this "
                        + "lesson was reviewed.");
    }
}
