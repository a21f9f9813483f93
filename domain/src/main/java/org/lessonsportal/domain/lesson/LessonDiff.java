package org.lessonsportal.domain.lesson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.lessonsportal.domain.taxonomy.Labelled;

/**
 * What changed between two versions of a lesson, field by field, in the order of the form. Challenges are compared
 * position by position (a challenge added at the end shows as added; one removed as removed). Pure functions.
 */
public final class LessonDiff {

    private LessonDiff() {
    }

    public static List<FieldChange> between(LessonContent before, LessonContent after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, LessonFields.TITLE, before.title(), after.title());
        compare(changes, LessonFields.SUMMARY, before.summary(), after.summary());
        compare(changes, LessonFields.PROJECT_TYPE, label(before.projectType()), label(after.projectType()));
        compare(changes, LessonFields.SETTINGS, labels(before.settings()), labels(after.settings()));
        compare(changes, LessonFields.REGION, label(before.region()), label(after.region()));
        compare(changes, LessonFields.STARTED_ON, date(before.startedOn()), date(after.startedOn()));
        compare(changes, LessonFields.COMPLETED_ON, date(before.completedOn()), date(after.completedOn()));
        compare(changes, LessonFields.CONTEXT, before.context(), after.context());
        compare(changes, LessonFields.APPROACH, before.approach(), after.approach());
        compare(changes, LessonFields.OUTCOMES, before.outcomes(), after.outcomes());
        compareChallenges(changes, before.challenges(), after.challenges());
        compare(changes, LessonFields.RECOMMENDATIONS, before.recommendations(), after.recommendations());
        compare(changes, LessonFields.WOULD_DO_DIFFERENTLY, before.wouldDoDifferently(), after.wouldDoDifferently());
        compare(changes, LessonFields.TECHNOLOGIES, lines(before.technologies()), lines(after.technologies()));
        compare(changes, LessonFields.TAGS, lines(before.tags()), lines(after.tags()));
        compare(changes, LessonFields.CONTACT_NAME, before.contact() == null ? null : before.contact().name(),
                after.contact() == null ? null : after.contact().name());
        compare(changes, LessonFields.CONTACT_EMAIL, before.contact() == null ? null : before.contact().email(),
                after.contact() == null ? null : after.contact().email());
        return List.copyOf(changes);
    }

    private static void compareChallenges(List<FieldChange> changes, List<Challenge> before, List<Challenge> after) {
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            Challenge was = i < before.size() ? before.get(i) : null;
            Challenge now = i < after.size() ? after.get(i) : null;
            if (was == null || now == null) {
                changes.add(new FieldChange(LessonFields.challenge(i, null), LessonFields.label(
                        LessonFields.challenge(i, null)), describe(was), describe(now)));
                continue;
            }
            compare(changes, LessonFields.challenge(i, "type"), label(was.type()), label(now.type()));
            compare(changes, LessonFields.challenge(i, "description"), was.description(), now.description());
            compare(changes, LessonFields.challenge(i, "resolution"), was.resolution(), now.resolution());
        }
    }

    private static String describe(Challenge challenge) {
        if (challenge == null) {
            return null;
        }
        return "Type: " + Objects.toString(label(challenge.type()), "(none)") + "\nWhat happened: "
                + Objects.toString(challenge.description(), "(none)") + "\nHow it was resolved: "
                + Objects.toString(challenge.resolution(), "(none)");
    }

    private static void compare(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, LessonFields.label(field), before, after));
        }
    }

    private static String label(Labelled value) {
        return value == null ? null : value.label();
    }

    private static String labels(List<? extends Labelled> values) {
        return values.isEmpty() ? null : values.stream().map(Labelled::label).collect(Collectors.joining("\n"));
    }

    private static String lines(List<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
