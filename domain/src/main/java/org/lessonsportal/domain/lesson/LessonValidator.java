package org.lessonsportal.domain.lesson;

import static org.lessonsportal.domain.lesson.LessonFields.APPROACH;
import static org.lessonsportal.domain.lesson.LessonFields.CHALLENGES;
import static org.lessonsportal.domain.lesson.LessonFields.COMPLETED_ON;
import static org.lessonsportal.domain.lesson.LessonFields.CONTACT_EMAIL;
import static org.lessonsportal.domain.lesson.LessonFields.CONTACT_NAME;
import static org.lessonsportal.domain.lesson.LessonFields.CONTEXT;
import static org.lessonsportal.domain.lesson.LessonFields.OUTCOMES;
import static org.lessonsportal.domain.lesson.LessonFields.PROJECT_TYPE;
import static org.lessonsportal.domain.lesson.LessonFields.RECOMMENDATIONS;
import static org.lessonsportal.domain.lesson.LessonFields.REGION;
import static org.lessonsportal.domain.lesson.LessonFields.SETTINGS;
import static org.lessonsportal.domain.lesson.LessonFields.STARTED_ON;
import static org.lessonsportal.domain.lesson.LessonFields.SUMMARY;
import static org.lessonsportal.domain.lesson.LessonFields.TAGS;
import static org.lessonsportal.domain.lesson.LessonFields.TECHNOLOGIES;
import static org.lessonsportal.domain.lesson.LessonFields.TITLE;
import static org.lessonsportal.domain.lesson.LessonFields.WOULD_DO_DIFFERENTLY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.shared.ValidationException;

/**
 * The rules a lesson's content must meet, with field-precise messages in plain English. Pure functions.
 * <ul>
 * <li>{@link #checkStorable} — limits that even a draft must respect (lengths and list sizes), so an automatic save
 * never fails half-way;</li>
 * <li>{@link #checkComplete} — everything submission (and import) needs.</li>
 * </ul>
 */
public final class LessonValidator {

    public static final int TITLE_MIN = 10;
    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MIN = 20;
    public static final int SUMMARY_MAX = 1_200;
    public static final int LONG_TEXT_MAX = 20_000;
    public static final int CHALLENGE_TEXT_MAX = 4_000;
    public static final int CHALLENGES_MAX = 20;
    public static final int TECHNOLOGY_MAX = 200;
    public static final int TECHNOLOGIES_MAX = 50;
    public static final int TAG_MAX = 50;
    public static final int TAGS_MAX = 20;
    public static final int CONTACT_NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;

    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$");

    private LessonValidator() {
    }

    /** Problems that stop even a draft being saved. */
    public static List<FieldError> checkStorable(LessonContent content) {
        List<FieldError> errors = new ArrayList<>();
        max(errors, TITLE, "Title", content.title(), TITLE_MAX);
        max(errors, SUMMARY, "Summary", content.summary(), SUMMARY_MAX);
        max(errors, CONTEXT, "Context", content.context(), LONG_TEXT_MAX);
        max(errors, APPROACH, "Approach", content.approach(), LONG_TEXT_MAX);
        max(errors, OUTCOMES, "Outcomes", content.outcomes(), LONG_TEXT_MAX);
        max(errors, RECOMMENDATIONS, "Recommendations", content.recommendations(), LONG_TEXT_MAX);
        max(errors, WOULD_DO_DIFFERENTLY, "What you would do differently", content.wouldDoDifferently(),
                LONG_TEXT_MAX);
        if (content.challenges().size() > CHALLENGES_MAX) {
            errors.add(new FieldError(CHALLENGES, "You can add up to " + CHALLENGES_MAX + " challenges"));
        }
        for (int i = 0; i < content.challenges().size(); i++) {
            Challenge challenge = content.challenges().get(i);
            String prefix = "Challenge " + (i + 1) + ": ";
            max(errors, LessonFields.challenge(i, "description"), prefix + "what happened", challenge.description(),
                    CHALLENGE_TEXT_MAX);
            max(errors, LessonFields.challenge(i, "resolution"), prefix + "how it was resolved",
                    challenge.resolution(), CHALLENGE_TEXT_MAX);
        }
        if (content.technologies().size() > TECHNOLOGIES_MAX) {
            errors.add(new FieldError(TECHNOLOGIES,
                    "You can list up to " + TECHNOLOGIES_MAX + " technologies, suppliers and standards"));
        }
        for (int i = 0; i < content.technologies().size(); i++) {
            max(errors, LessonFields.item(TECHNOLOGIES, i), "Each technology, supplier or standard",
                    content.technologies().get(i), TECHNOLOGY_MAX);
        }
        if (content.tags().size() > TAGS_MAX) {
            errors.add(new FieldError(TAGS, "You can add up to " + TAGS_MAX + " tags"));
        }
        for (int i = 0; i < content.tags().size(); i++) {
            max(errors, LessonFields.item(TAGS, i), "Each tag", content.tags().get(i), TAG_MAX);
        }
        if (content.contact() != null) {
            max(errors, CONTACT_NAME, "The contact's name", content.contact().name(), CONTACT_NAME_MAX);
            max(errors, CONTACT_EMAIL, "The contact's email address", content.contact().email(), EMAIL_MAX);
        }
        return errors;
    }

    /**
     * Everything wrong with the lesson for submission: missing parts, lengths, the order of dates, the contact's
     * e-mail address.
     *
     * @param today to refuse dates in the future (lessons come from finished projects)
     */
    public static List<FieldError> checkComplete(LessonContent content, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        between(errors, TITLE, "a title", "Title", content.title(), TITLE_MIN, TITLE_MAX);
        between(errors, SUMMARY, "a summary", "Summary", content.summary(), SUMMARY_MIN, SUMMARY_MAX);
        if (content.projectType() == null) {
            errors.add(new FieldError(PROJECT_TYPE, "Choose the type of project"));
        }
        if (content.settings().isEmpty()) {
            errors.add(new FieldError(SETTINGS, "Choose at least one care setting"));
        }
        if (content.region() == null) {
            errors.add(new FieldError(REGION, "Choose the region"));
        }
        if (content.startedOn() != null && content.startedOn().isAfter(today)) {
            errors.add(new FieldError(STARTED_ON, "The start date must be today or in the past"));
        }
        if (content.completedOn() != null && content.completedOn().isAfter(today)) {
            errors.add(new FieldError(COMPLETED_ON,
                    "The completion date must be today or in the past, as lessons come from finished projects"));
        }
        if (content.startedOn() != null && content.completedOn() != null
                && content.completedOn().isBefore(content.startedOn())) {
            errors.add(new FieldError(COMPLETED_ON, "The completion date must be the same as or after the start date"));
        }
        required(errors, CONTEXT, "Describe the context of the project", "Context", content.context(), LONG_TEXT_MAX);
        required(errors, APPROACH, "Describe the approach you took", "Approach", content.approach(), LONG_TEXT_MAX);
        required(errors, OUTCOMES, "Describe the outcomes", "Outcomes", content.outcomes(), LONG_TEXT_MAX);
        checkChallenges(errors, content.challenges());
        required(errors, RECOMMENDATIONS, "Enter your recommendations for others", "Recommendations",
                content.recommendations(), LONG_TEXT_MAX);
        max(errors, WOULD_DO_DIFFERENTLY, "What you would do differently", content.wouldDoDifferently(),
                LONG_TEXT_MAX);
        List<FieldError> storable = checkStorable(content);
        for (FieldError error : storable) {
            if (errors.stream().noneMatch(e -> e.field().equals(error.field()))) {
                errors.add(error);
            }
        }
        Contact contact = content.contact();
        if (contact != null) {
            if (contact.name() == null) {
                errors.add(new FieldError(CONTACT_NAME, "Enter the name of the person to contact"));
            }
            if (contact.email() == null) {
                errors.add(new FieldError(CONTACT_EMAIL, "Enter the contact's email address"));
            } else if (!isEmailAddress(contact.email())) {
                errors.add(new FieldError(CONTACT_EMAIL,
                        "Enter an email address in the correct format, like name@example.nhs.uk"));
            }
        }
        return errors;
    }

    /** @throws ValidationException listing every problem, if there is any */
    public static void requireComplete(LessonContent content, LocalDate today) {
        List<FieldError> errors = checkComplete(content, today);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** @throws ValidationException listing every problem that stops a draft being saved */
    public static void requireStorable(LessonContent content) {
        List<FieldError> errors = checkStorable(content);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public static boolean isEmailAddress(String text) {
        return text != null && text.length() <= EMAIL_MAX && EMAIL.matcher(text).matches();
    }

    private static void checkChallenges(List<FieldError> errors, List<Challenge> challenges) {
        if (challenges.isEmpty()) {
            errors.add(new FieldError(CHALLENGES, "Add at least one challenge the project met"));
            return;
        }
        for (int i = 0; i < challenges.size(); i++) {
            Challenge challenge = challenges.get(i);
            String prefix = "Challenge " + (i + 1) + ": ";
            if (challenge.type() == null) {
                errors.add(new FieldError(LessonFields.challenge(i, "type"), prefix + "choose the type of challenge"));
            }
            if (challenge.description() == null) {
                errors.add(new FieldError(LessonFields.challenge(i, "description"), prefix + "describe what happened"));
            }
            if (challenge.resolution() == null) {
                errors.add(new FieldError(LessonFields.challenge(i, "resolution"),
                        prefix + "describe how it was resolved"));
            }
        }
    }

    private static void required(List<FieldError> errors, String field, String missing, String name, String value,
            int max) {
        if (value == null) {
            errors.add(new FieldError(field, missing));
        } else {
            max(errors, field, name, value, max);
        }
    }

    private static void between(List<FieldError> errors, String field, String what, String name, String value,
            int min, int max) {
        if (value == null) {
            errors.add(new FieldError(field, "Enter " + what));
        } else if (Texts.length(value) < min) {
            errors.add(new FieldError(field, name + " must be at least " + min + " characters"));
        } else {
            max(errors, field, name, value, max);
        }
    }

    private static void max(List<FieldError> errors, String field, String name, String value, int max) {
        if (Texts.length(value) > max) {
            errors.add(new FieldError(field,
                    name + " must be " + String.format(Locale.UK, "%,d", max) + " characters or fewer"));
        }
    }
}
