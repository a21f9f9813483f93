package org.lessonsportal.domain.search;

import java.util.List;
import org.lessonsportal.domain.taxonomy.ChallengeType;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Setting;

/**
 * The challenge playbook of a type of project: the challenges its published lessons met, the most common first, with
 * how others resolved them.
 *
 * @param setting     the care setting it is limited to, or {@code null} for all
 * @param lessonCount published lessons of this type (and setting)
 * @param challenges  by how many lessons met them, most first
 */
public record Playbook(ProjectType projectType, Setting setting, long lessonCount, List<Entry> challenges) {

    public Playbook {
        challenges = List.copyOf(challenges);
    }

    /**
     * One recurring challenge.
     *
     * @param lessonCount how many of the lessons met it
     * @param resolutions how some of them resolved it, newest first (at most {@value PlaybookQueries#EXAMPLES})
     * @param lessonIds   the lessons that met it, newest first (at most {@value PlaybookQueries#LINKS})
     */
    public record Entry(ChallengeType challengeType, long lessonCount, List<Resolution> resolutions,
            List<Long> lessonIds) {

        public Entry {
            resolutions = List.copyOf(resolutions);
            lessonIds = List.copyOf(lessonIds);
        }

        /** The share of the playbook's lessons that met it, from 0 to 1. */
        public double share(long ofLessons) {
            return ofLessons == 0 ? 0 : (double) lessonCount / ofLessons;
        }
    }

    /**
     * How one lesson resolved the challenge.
     *
     * @param challenge the challenge as described, cut to about 300 characters
     */
    public record Resolution(Long lessonId, String lessonTitle, String organisationOdsCode, String organisationName,
            String challenge, String resolution) {
    }
}
