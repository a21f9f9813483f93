package org.lessonsportal.domain.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lessonsportal.domain.lesson.ChallengesMet;
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

    static final int EXAMPLES = 5;
    static final int LINKS = 50;
    private static final int EXCERPT = 300;

    public Playbook {
        challenges = List.copyOf(challenges);
    }

    /**
     * The playbook of what the lessons say ({@code LessonService.challengesMet}, asked for twice {@value #LINKS}
     * accounts per challenge): each lesson linked once, the challenge as described cut to an excerpt.
     */
    static Playbook of(ProjectType type, Setting setting, ChallengesMet met) {
        List<Entry> entries = new ArrayList<>();
        for (ChallengesMet.Entry challenge : met.challenges()) {
            List<Resolution> resolutions = new ArrayList<>();
            List<Long> lessonIds = new ArrayList<>();
            for (ChallengesMet.Example example : challenge.examples()) {
                Long lessonId = example.lessonId();
                if (lessonIds.contains(lessonId)) {
                    continue; // one lesson may meet the same kind of challenge twice: show it once
                }
                if (lessonIds.size() < LINKS) {
                    lessonIds.add(lessonId);
                }
                if (resolutions.size() < EXAMPLES && example.resolution() != null) {
                    resolutions.add(new Resolution(lessonId, example.lessonTitle(), example.organisationOdsCode(),
                            example.organisationName(), excerpt(example.description()), example.resolution()));
                }
            }
            entries.add(new Entry(challenge.type(), challenge.lessonCount(), resolutions, lessonIds));
        }
        entries.sort(Comparator.comparingLong(Entry::lessonCount).reversed()
                .thenComparing(e -> e.challengeType().ordinal()));
        return new Playbook(type, setting, met.lessonCount(), entries);
    }

    static String excerpt(String text) {
        if (text == null || text.length() <= EXCERPT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT - 1);
        return text.substring(0, cut < EXCERPT / 2 ? EXCERPT - 1 : cut).stripTrailing() + "…";
    }

    /**
     * One recurring challenge.
     *
     * @param lessonCount how many of the lessons met it
     * @param resolutions how some of them resolved it, newest first (at most {@value Playbook#EXAMPLES})
     * @param lessonIds   the lessons that met it, newest first (at most {@value Playbook#LINKS})
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
