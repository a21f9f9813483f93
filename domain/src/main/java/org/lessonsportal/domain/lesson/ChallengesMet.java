package org.lessonsportal.domain.lesson;

import java.util.List;
import org.lessonsportal.domain.taxonomy.ChallengeType;

/**
 * The challenges that published lessons of a type of project met (what the challenge playbook is made of), read by
 * {@link LessonService#challengesMet}.
 *
 * @param lessonCount published lessons of the type (and care setting)
 * @param challenges  one per kind of challenge met, in no particular order
 */
public record ChallengesMet(long lessonCount, List<Entry> challenges) {

    public ChallengesMet {
        challenges = List.copyOf(challenges);
    }

    /**
     * A kind of challenge and the lessons that met it.
     *
     * @param lessonCount how many of the lessons met it
     * @param examples    the lessons' accounts of it, newest lesson first (a lesson that met it twice gives two)
     */
    public record Entry(ChallengeType type, long lessonCount, List<Example> examples) {

        public Entry {
            examples = List.copyOf(examples);
        }
    }

    /**
     * One lesson's account of a challenge.
     *
     * @param resolution how the lesson resolved it, or {@code null} when it does not say
     */
    public record Example(Long lessonId, String lessonTitle, String organisationOdsCode, String organisationName,
            String description, String resolution) {
    }
}
