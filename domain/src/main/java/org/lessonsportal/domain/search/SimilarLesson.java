package org.lessonsportal.domain.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.lessonsportal.domain.taxonomy.ChallengeType;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Setting;

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
     * @param sameSettings    care settings the lesson shares with the project (when the project's are known)
     * @param sameChallenges  kinds of challenge the lesson shares with the project (when the project's are known)
     * @param matchedTerms    distinctive words of the description that the lesson also uses, NHS vocabulary first
     *                        (as written in the description)
     */
    public record Reason(boolean sameProjectType, List<Setting> sameSettings, List<ChallengeType> sameChallenges,
            List<String> matchedTerms) {

        public Reason {
            sameSettings = List.copyOf(sameSettings);
            sameChallenges = List.copyOf(sameChallenges);
            matchedTerms = List.copyOf(matchedTerms);
        }

        public Reason(boolean sameProjectType, List<String> matchedTerms) {
            this(sameProjectType, List.of(), List.of(), matchedTerms);
        }

        /**
         * "Same type of project (Electronic patient record (EPR)); same care setting (Acute hospital); same challenge
         * (Data migration); mentions cutover, floor walkers and PAS."
         */
        public String describe(ProjectType type) {
            List<String> parts = new ArrayList<>();
            if (sameProjectType && type != null) {
                parts.add("same type of project (" + type.label() + ")");
            }
            if (!sameSettings.isEmpty()) {
                parts.add("same care setting" + (sameSettings.size() > 1 ? "s" : "") + " ("
                        + sameSettings.stream().map(Setting::label).collect(Collectors.joining(", ")) + ")");
            }
            if (!sameChallenges.isEmpty()) {
                parts.add("same challenge" + (sameChallenges.size() > 1 ? "s" : "") + " ("
                        + sameChallenges.stream().map(ChallengeType::label).collect(Collectors.joining(", ")) + ")");
            }
            if (!matchedTerms.isEmpty()) {
                StringBuilder mentions = new StringBuilder("mentions ");
                for (int i = 0; i < matchedTerms.size(); i++) {
                    if (i > 0) {
                        mentions.append(i == matchedTerms.size() - 1 ? " and " : ", ");
                    }
                    mentions.append(matchedTerms.get(i));
                }
                parts.add(mentions.toString());
            }
            if (parts.isEmpty()) {
                return "";
            }
            String text = String.join("; ", parts) + ".";
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
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
