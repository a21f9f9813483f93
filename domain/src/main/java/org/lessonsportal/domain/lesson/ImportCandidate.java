package org.lessonsportal.domain.lesson;

import java.time.LocalDate;
import java.util.List;
import org.lessonsportal.domain.shared.FieldError;

/**
 * One lesson read from an exchange file, with everything wrong with it.
 *
 * @param externalId  the file's {@code id}, or {@code null}
 * @param publishedOn the file's optional {@code publishedOn}
 */
record ImportCandidate(String externalId, String title, String odsCode, String organisationName,
        LessonContent content, LocalDate publishedOn, List<FieldError> problems) {

    ImportCandidate {
        problems = List.copyOf(problems);
    }

    boolean isValid() {
        return problems.isEmpty();
    }
}
