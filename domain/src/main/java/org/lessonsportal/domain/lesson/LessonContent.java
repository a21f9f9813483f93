package org.lessonsportal.domain.lesson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;

/**
 * Everything the author writes in a lesson: what the form edits, what a submission round keeps and what the exchange
 * file carries. Any part may be missing in a draft; {@link LessonValidator} says what submission needs.
 * <p>
 * Texts are trimmed (blank becomes {@code null}); lists are never {@code null}, keep their order and lose blank entries
 * and repeats. Challenges keep their order and lose blank ones ({@link Challenge#isBlank()}: an empty block is not a
 * challenge, and the database could not tell it from no row at all).
 *
 * @param settings           care settings, at least one for submission
 * @param technologies       technologies, suppliers and standards involved
 * @param contact            {@code null} unless someone agreed to be contacted
 */
public record LessonContent(
        String title,
        String summary,
        ProjectType projectType,
        List<Setting> settings,
        Region region,
        LocalDate startedOn,
        LocalDate completedOn,
        String context,
        String approach,
        String outcomes,
        List<Challenge> challenges,
        String recommendations,
        String wouldDoDifferently,
        List<String> technologies,
        List<String> tags,
        Contact contact) {

    public LessonContent {
        title = Texts.clean(title);
        summary = Texts.clean(summary);
        settings = settings == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(settings.stream().filter(Objects::nonNull).toList()));
        context = Texts.clean(context);
        approach = Texts.clean(approach);
        outcomes = Texts.clean(outcomes);
        challenges = challenges == null ? List.of()
                : challenges.stream().filter(c -> c != null && !c.isBlank()).toList();
        recommendations = Texts.clean(recommendations);
        wouldDoDifferently = Texts.clean(wouldDoDifferently);
        technologies = Texts.cleanList(technologies);
        tags = Texts.cleanList(tags);
        contact = contact == null ? null : Contact.ofNullable(contact.name(), contact.email());
    }

    /** A blank lesson, for a new draft. */
    public static LessonContent empty() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this content, to change a few parts. */
    public Builder toBuilder() {
        return new Builder().title(title).summary(summary).projectType(projectType).settings(settings).region(region)
                .startedOn(startedOn).completedOn(completedOn).context(context).approach(approach).outcomes(outcomes)
                .challenges(challenges).recommendations(recommendations).wouldDoDifferently(wouldDoDifferently)
                .technologies(technologies).tags(tags).contact(contact);
    }

    /** Builds {@link LessonContent} step by step; handy for forms, imports and tests. */
    public static final class Builder {
        private String title;
        private String summary;
        private ProjectType projectType;
        private List<Setting> settings = new ArrayList<>();
        private Region region;
        private LocalDate startedOn;
        private LocalDate completedOn;
        private String context;
        private String approach;
        private String outcomes;
        private List<Challenge> challenges = new ArrayList<>();
        private String recommendations;
        private String wouldDoDifferently;
        private List<String> technologies = new ArrayList<>();
        private List<String> tags = new ArrayList<>();
        private Contact contact;

        private Builder() {
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder projectType(ProjectType projectType) {
            this.projectType = projectType;
            return this;
        }

        public Builder settings(List<Setting> settings) {
            this.settings = new ArrayList<>(settings == null ? List.of() : settings);
            return this;
        }

        public Builder settings(Setting... settings) {
            return settings(List.of(settings));
        }

        public Builder region(Region region) {
            this.region = region;
            return this;
        }

        public Builder startedOn(LocalDate startedOn) {
            this.startedOn = startedOn;
            return this;
        }

        public Builder completedOn(LocalDate completedOn) {
            this.completedOn = completedOn;
            return this;
        }

        public Builder context(String context) {
            this.context = context;
            return this;
        }

        public Builder approach(String approach) {
            this.approach = approach;
            return this;
        }

        public Builder outcomes(String outcomes) {
            this.outcomes = outcomes;
            return this;
        }

        public Builder challenges(List<Challenge> challenges) {
            this.challenges = new ArrayList<>(challenges == null ? List.of() : challenges);
            return this;
        }

        public Builder challenge(Challenge challenge) {
            this.challenges.add(challenge);
            return this;
        }

        public Builder recommendations(String recommendations) {
            this.recommendations = recommendations;
            return this;
        }

        public Builder wouldDoDifferently(String wouldDoDifferently) {
            this.wouldDoDifferently = wouldDoDifferently;
            return this;
        }

        public Builder technologies(List<String> technologies) {
            this.technologies = new ArrayList<>(technologies == null ? List.of() : technologies);
            return this;
        }

        public Builder tags(List<String> tags) {
            this.tags = new ArrayList<>(tags == null ? List.of() : tags);
            return this;
        }

        public Builder contact(Contact contact) {
            this.contact = contact;
            return this;
        }

        public LessonContent build() {
            return new LessonContent(title, summary, projectType, settings, region, startedOn, completedOn, context,
                    approach, outcomes, challenges, recommendations, wouldDoDifferently, technologies, tags, contact);
        }
    }
}
