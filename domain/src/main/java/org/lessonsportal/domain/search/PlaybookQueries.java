package org.lessonsportal.domain.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.taxonomy.ChallengeType;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Setting;

/**
 * The challenge playbook, read from the database with JPQL over the lesson entity: per challenge type, how many
 * published lessons of the project type met it, a few of their resolutions and links to the lessons. Runs inside the
 * caller's read-only transaction.
 */
final class PlaybookQueries {

    static final int EXAMPLES = 5;
    static final int LINKS = 50;
    private static final int EXCERPT = 300;

    private PlaybookQueries() {
    }

    static Playbook playbook(EntityManager em, ProjectType type, Setting setting) {
        String settingClause = setting == null ? "" : " and :setting member of l.settings";
        TypedQuery<Long> lessonCount = em.createQuery("select count(l) from Lesson l where l.state = :state "
                + "and l.projectType = :type" + settingClause, Long.class);
        bind(lessonCount, type, setting);
        long lessons = lessonCount.getSingleResult();

        TypedQuery<Object[]> perChallenge = em.createQuery("select c.type, count(distinct l.id) from Lesson l "
                + "join l.challenges c where l.state = :state and l.projectType = :type and c.type is not null"
                + settingClause + " group by c.type", Object[].class);
        bind(perChallenge, type, setting);

        List<Playbook.Entry> entries = new ArrayList<>();
        for (Object[] row : perChallenge.getResultList()) {
            ChallengeType challengeType = (ChallengeType) row[0];
            long count = ((Number) row[1]).longValue();
            TypedQuery<Object[]> examples = em.createQuery("select l.id, l.title, o.odsCode, o.name, c.description, "
                    + "c.resolution from Lesson l join l.challenges c, Organisation o where o.id = l.organisationId "
                    + "and l.state = :state and l.projectType = :type and c.type = :challengeType" + settingClause
                    + " order by l.publishedOn desc, l.id desc", Object[].class);
            bind(examples, type, setting);
            examples.setParameter("challengeType", challengeType);
            examples.setMaxResults(LINKS * 2);
            List<Playbook.Resolution> resolutions = new ArrayList<>();
            List<Long> lessonIds = new ArrayList<>();
            for (Object[] example : examples.getResultList()) {
                Long lessonId = (Long) example[0];
                if (lessonIds.contains(lessonId)) {
                    continue; // one lesson may meet the same kind of challenge twice: show it once
                }
                if (lessonIds.size() < LINKS) {
                    lessonIds.add(lessonId);
                }
                if (resolutions.size() < EXAMPLES && example[5] != null) {
                    resolutions.add(new Playbook.Resolution(lessonId, (String) example[1], (String) example[2],
                            (String) example[3], excerpt((String) example[4]), (String) example[5]));
                }
            }
            entries.add(new Playbook.Entry(challengeType, count, resolutions, lessonIds));
        }
        entries.sort(Comparator.comparingLong(Playbook.Entry::lessonCount).reversed()
                .thenComparing(e -> e.challengeType().ordinal()));
        return new Playbook(type, setting, lessons, entries);
    }

    private static void bind(TypedQuery<?> query, ProjectType type, Setting setting) {
        query.setParameter("state", LessonState.PUBLISHED);
        query.setParameter("type", type);
        if (setting != null) {
            query.setParameter("setting", setting);
        }
    }

    static String excerpt(String text) {
        if (text == null || text.length() <= EXCERPT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT - 1);
        return text.substring(0, cut < EXCERPT / 2 ? EXCERPT - 1 : cut).stripTrailing() + "…";
    }
}
