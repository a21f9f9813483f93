package org.lessonsportal.domain.search;

import java.util.List;

/**
 * "Others have done this before": published lessons from other organisations most like a project.
 *
 * @param keyTerms the words of the description that were looked for, most telling first (empty when the description
 *                 had no usable words)
 * @param lessons  most similar first
 */
public record SimilarLessons(List<String> keyTerms, List<SimilarLesson> lessons) {

    public SimilarLessons {
        keyTerms = List.copyOf(keyTerms);
        lessons = List.copyOf(lessons);
    }

    public boolean isEmpty() {
        return lessons.isEmpty();
    }
}
