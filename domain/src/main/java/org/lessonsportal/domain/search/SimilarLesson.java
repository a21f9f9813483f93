package org.lessonsportal.domain.search;

import java.time.LocalDate;
import java.util.List;
import org.lessonsportal.domain.taxonomy.ProjectType;

/**
 * A published lesson like the project described, with why it matched and whom to ask.
 *
 * @param score   how similar (only comparable within one answer)
 * @param reason  why it matched
 * @param contact the organisation to contact, and the person who agreed to be asked, if any
 */
public record SimilarLesson(Long lessonId, String externalId, String title, String summary, ProjectType projectType,
        LocalDate publishedOn, float score, Reason reason, ContactPoint contact) {

    /**
     * @param sameProjectType the lesson is of the project type asked about
     * @param matchedTerms    key words of the description that the lesson also uses, most telling first (as written
     *                        in the description)
     */
    public record Reason(boolean sameProjectType, List<String> matchedTerms) {

        public Reason {
            matchedTerms = List.copyOf(matchedTerms);
        }

        /** "Same type of project (Electronic patient record (EPR)); mentions cutover, floor walkers and PAS." */
        public String describe(ProjectType type) {
            StringBuilder text = new StringBuilder();
            if (sameProjectType && type != null) {
                text.append("Same type of project (").append(type.label()).append(")");
            }
            if (!matchedTerms.isEmpty()) {
                text.append(text.isEmpty() ? "Mentions " : "; mentions ");
                for (int i = 0; i < matchedTerms.size(); i++) {
                    if (i > 0) {
                        text.append(i == matchedTerms.size() - 1 ? " and " : ", ");
                    }
                    text.append(matchedTerms.get(i));
                }
            }
            return text.append(text.isEmpty() ? "" : ".").toString();
        }
    }

    /**
     * @param contactName  {@code null} unless the author agreed to be contacted
     * @param contactEmail {@code null} unless the author agreed to be contacted
     */
    public record ContactPoint(String organisationOdsCode, String organisationName, String contactName,
            String contactEmail) {
    }
}
