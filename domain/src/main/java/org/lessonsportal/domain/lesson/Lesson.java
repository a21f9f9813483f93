package org.lessonsportal.domain.lesson;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;

/**
 * What one organisation learned from one finished project. Refers to its organisation and author by id. Changed only
 * through {@link LessonService}, which enforces the lifecycle and {@link LessonPolicy}.
 * <p>
 * Kept in one piece although long: its content fields are named by property path in the repository's queries and
 * the search index's bindings ({@code projectType}, {@code challenges.type}), which moving them into an embeddable
 * would change; the rest is plain getters.
 */
@Entity
@Table(name = "lesson")
public class Lesson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The id the lesson had in the file it was imported from; unique when present. */
    private String externalId;

    private Long organisationId;

    /** {@code null} for imported lessons. */
    private Long authorId;

    @Enumerated(EnumType.STRING)
    private LessonState state;

    /** The current submission round: 0 until first submitted. */
    @Column(name = "current_round")
    private int round;

    private String title;
    private String summary;

    @Enumerated(EnumType.STRING)
    private ProjectType projectType;

    @ElementCollection
    @CollectionTable(name = "lesson_setting", joinColumns = @JoinColumn(name = "lesson_id"))
    @OrderColumn(name = "list_index")
    @Enumerated(EnumType.STRING)
    @Column(name = "setting")
    private List<Setting> settings = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private Region region;

    private LocalDate startedOn;
    private LocalDate completedOn;
    private String context;
    private String approach;
    private String outcomes;

    /**
     * Never holds a blank challenge: Hibernate reads a row whose columns are all {@code null} back as a {@code null}
     * element and takes a {@code null} element for "no row at this index", so it would insert over that row on the
     * next change (a primary-key error). Rows like that, left by earlier versions, are skipped when reading and
     * cleared on the next change (see {@link #replaceChallenges}).
     */
    @ElementCollection
    @CollectionTable(name = "lesson_challenge", joinColumns = @JoinColumn(name = "lesson_id"))
    @OrderColumn(name = "list_index")
    private List<ChallengeEntry> challenges = new ArrayList<>();

    private String recommendations;
    private String wouldDoDifferently;

    @ElementCollection
    @CollectionTable(name = "lesson_technology", joinColumns = @JoinColumn(name = "lesson_id"))
    @OrderColumn(name = "list_index")
    @Column(name = "name")
    private List<String> technologies = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "lesson_tag", joinColumns = @JoinColumn(name = "lesson_id"))
    @OrderColumn(name = "list_index")
    @Column(name = "tag")
    private List<String> tags = new ArrayList<>();

    private String contactName;
    private String contactEmail;
    private LocalDate publishedOn;
    private String archiveReason;

    /** The earlier published lesson this one builds on (issue 16), or {@code null}. */
    private Long buildsOnId;

    /** When its author deleted the draft; a deleted lesson is found by nobody but stays for the record. */
    private Instant deletedAt;

    @Version
    private long version;

    private Instant createdAt;
    private Instant updatedAt;

    protected Lesson() {
    }

    private Lesson(Long organisationId, Long authorId, LessonState state, Instant now) {
        this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
        this.authorId = authorId;
        this.state = state;
        this.createdAt = now;
        this.updatedAt = now;
    }

    static Lesson draft(Long authorId, Long organisationId, LessonContent content, Instant now) {
        Lesson lesson = new Lesson(organisationId, Objects.requireNonNull(authorId, "authorId"), LessonState.DRAFT,
                now);
        lesson.replaceContent(content, now);
        return lesson;
    }

    static Lesson imported(String externalId, Long organisationId, LessonContent content, LocalDate publishedOn,
            Instant now) {
        Lesson lesson = new Lesson(organisationId, null, LessonState.PUBLISHED, now);
        lesson.externalId = externalId;
        lesson.publishedOn = publishedOn;
        lesson.replaceContent(content, now);
        return lesson;
    }

    /** Replaces the content; returns whether anything changed (nothing is touched when it did not). */
    boolean replaceContent(LessonContent content, Instant now) {
        if (content.equals(getContent())) {
            return false;
        }
        title = content.title();
        summary = content.summary();
        projectType = content.projectType();
        replace(settings, content.settings());
        region = content.region();
        startedOn = content.startedOn();
        completedOn = content.completedOn();
        this.context = content.context();
        approach = content.approach();
        outcomes = content.outcomes();
        replaceChallenges(content.challenges().stream().map(ChallengeEntry::new).toList());
        recommendations = content.recommendations();
        wouldDoDifferently = content.wouldDoDifferently();
        replace(technologies, content.technologies());
        replace(tags, content.tags());
        contactName = content.contact() == null ? null : content.contact().name();
        contactEmail = content.contact() == null ? null : content.contact().email();
        updatedAt = now;
        return true;
    }

    /**
     * Changes the stored challenges row by row; when some stored row reads as {@code null} (a blank challenge kept by
     * an earlier version) Hibernate cannot update the list in place, so the list is replaced and all its rows are
     * written afresh.
     */
    private void replaceChallenges(List<ChallengeEntry> wanted) {
        if (challenges.contains(null)) {
            challenges = new ArrayList<>(wanted);
        } else {
            replace(challenges, wanted);
        }
    }

    private static <T> void replace(List<T> current, List<T> wanted) {
        if (!current.equals(wanted)) {
            current.clear();
            current.addAll(wanted);
        }
    }

    void moveTo(LessonState next, Instant now) {
        this.state = next;
        this.updatedAt = now;
    }

    /** Starts the next submission round; returns its number. */
    int startRound(Instant now) {
        this.round++;
        this.updatedAt = now;
        return round;
    }

    void delete(Instant now) {
        this.deletedAt = now;
        this.updatedAt = now;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    void publish(LocalDate on, Instant now) {
        this.publishedOn = on;
        moveTo(LessonState.PUBLISHED, now);
    }

    void archive(String reason, Instant now) {
        this.archiveReason = reason;
        moveTo(LessonState.ARCHIVED, now);
    }

    /**
     * Whether the lesson was written in this portal (by an author, through review) rather than imported. Imports never
     * change such a lesson: its authors and the review process own it.
     */
    boolean writtenHere() {
        return authorId != null || round > 0;
    }

    /** Whether {@link #reimported} with these values would change anything. */
    boolean differsFrom(Long organisationId, LessonContent content, LocalDate publishedOn) {
        return !content.equals(getContent()) || !Objects.equals(this.organisationId, organisationId)
                || publishedOn != null && !publishedOn.equals(this.publishedOn);
    }

    void reimported(Long organisationId, LessonContent content, LocalDate publishedOn, Instant now) {
        boolean changed = replaceContent(content, now);
        if (!Objects.equals(this.organisationId, organisationId)) {
            this.organisationId = organisationId;
            changed = true;
        }
        if (publishedOn != null && !publishedOn.equals(this.publishedOn)) {
            this.publishedOn = publishedOn;
            changed = true;
        }
        if (changed) {
            this.updatedAt = now;
        }
    }

    public LessonContent getContent() {
        return new LessonContent(title, summary, projectType, settings, region, startedOn, completedOn, context,
                approach, outcomes, challenges.stream().filter(Objects::nonNull).map(ChallengeEntry::toChallenge).toList(),
                recommendations,
                wouldDoDifferently, technologies, tags, Contact.ofNullable(contactName, contactEmail));
    }

    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public LessonState getState() {
        return state;
    }

    public int getRound() {
        return round;
    }

    public String getTitle() {
        return title;
    }

    /** The type of project, without reading the lesson's lists ({@link #getContent} reads them all). */
    public ProjectType getProjectType() {
        return projectType;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getArchiveReason() {
        return archiveReason;
    }

    public Long getBuildsOnId() {
        return buildsOnId;
    }

    void buildOn(Long lessonId) {
        this.buildsOnId = lessonId;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
