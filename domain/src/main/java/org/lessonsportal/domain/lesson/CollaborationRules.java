package org.lessonsportal.domain.lesson;

import static org.lessonsportal.domain.lesson.LessonState.ARCHIVED;
import static org.lessonsportal.domain.lesson.LessonState.PUBLISHED;

import org.lessonsportal.domain.shared.Decision;

/**
 * {@link LessonPolicy}'s rules for organisations working together on a published lesson (issue 16): saying another
 * organisation's lesson is being reused, and questions to the lesson's team with their answers.
 */
final class CollaborationRules {

    private CollaborationRules() {
    }

    /** Another organisation's reuse: an organisation cannot "reuse" a lesson it wrote. */
    static Decision recordReuse(LessonRelation who, LessonState state) {
        if (who.system || !who.contributor || !who.hasOrganisation) {
            return Decision.no("Only a contributor acting for an organisation can say it is using a lesson.");
        }
        if (who.author || who.memberOfOrganisation) {
            return Decision.no("This lesson is your own organisation's: you cannot say your organisation is reusing "
                    + "it.");
        }
        return state == PUBLISHED ? Decision.YES : Decision.no("Only a published lesson can be reused.");
    }

    /** Questions come from other organisations: the lesson's own people answer them instead. */
    static Decision askQuestion(LessonRelation who, LessonState state) {
        if (who.system || !who.hasOrganisation || !(who.contributor || who.reviewerRole || who.publisher)) {
            return Decision.no("Only a contributor, reviewer or publisher acting for an organisation can ask the "
                    + "team a question.");
        }
        if (who.author || who.memberOfOrganisation) {
            return Decision.no("This lesson is your own organisation's: answer questions about it instead.");
        }
        return state == PUBLISHED ? Decision.YES : Decision.no("Questions can only be asked about a published "
                + "lesson.");
    }

    static Decision answerQuestion(LessonRelation who, LessonState state) {
        if (who.system || !(who.author || who.memberOfOrganisation)) {
            return Decision.no("Only the author and people in the lesson's organisation can answer questions about "
                    + "it.");
        }
        return state == PUBLISHED ? Decision.YES : Decision.no("Questions can only be answered while the lesson is "
                + "published.");
    }

    static Decision reportAnswer(LessonRelation who, LessonState state) {
        if (who.system) {
            return Decision.no("Only a signed-in person can report an answer.");
        }
        return state == PUBLISHED || state == ARCHIVED ? Decision.YES
                : Decision.no("Only answers on a published lesson can be reported.");
    }

    static Decision hideAnswer(LessonRelation who, LessonState state) {
        if (!who.publisher) {
            return Decision.no("Only a publisher can hide an answer.");
        }
        return state == PUBLISHED || state == ARCHIVED ? Decision.YES
                : Decision.no("Only answers on a published lesson can be hidden.");
    }
}
