package org.lessonsportal.testsupport;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.lesson.Challenge;
import org.lessonsportal.domain.lesson.Contact;
import org.lessonsportal.domain.lesson.LessonContent;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.organisation.MemberView;
import org.lessonsportal.domain.organisation.OrganisationView;
import org.lessonsportal.domain.organisation.OrganisationDetails;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.organisation.SignIn;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ChallengeType;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;

/**
 * Builds people and lessons for tests through the real services. Everything it makes is new (unique ODS codes,
 * subjects and titles), so tests never depend on an empty database and can share one.
 */
@RequiredArgsConstructor
public class LessonTestData {

    private final OrganisationService organisations;
    private final LessonService lessons;

    /** A short unique code: letters and digits, upper case. */
    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase(Locale.ROOT);
    }

    public OrganisationView organisation() {
        String ods = unique("Z");
        return organisations.provision(new OrganisationDetails(ods, "Test Trust " + ods, Setting.ACUTE,
                Region.NORTH_WEST, null));
    }

    public Actor member(OrganisationView organisation, String... roles) {
        return memberOfSeveral(organisation, List.of(), roles);
    }

    /** A member of several organisations (as a token with several organisations says), acting for {@code actsFor}. */
    public Actor memberOfSeveral(OrganisationView actsFor, List<OrganisationView> alsoIn, String... roles) {
        String subject = UUID.randomUUID().toString();
        MemberView member = organisations.recordSignIn(new SignIn(subject, unique("user-").toLowerCase(Locale.ROOT),
                "Test Person " + subject.substring(0, 4), null, actsFor == null ? null : details(actsFor),
                alsoIn.stream().map(LessonTestData::details).toList(), Set.of(roles)));
        return organisations.actor(member.id());
    }

    private static OrganisationDetails details(OrganisationView organisation) {
        return new OrganisationDetails(organisation.odsCode(), organisation.name(), null, null, null);
    }

    /** Everyone who can stand in some relation to one lesson, with fresh organisations. */
    public Cast cast() {
        OrganisationView home = organisation();
        OrganisationView other = organisation();
        OrganisationView third = organisation();
        Actor author = member(home, Roles.CONTRIBUTOR);
        return new Cast(home, other, author,
                member(home, Roles.CONTRIBUTOR),
                member(other, Roles.REVIEWER),
                member(third, Roles.REVIEWER),
                member(home, Roles.REVIEWER, Roles.CONTRIBUTOR),
                member(third, Roles.PUBLISHER),
                member(other, Roles.PUBLISHER, Roles.REVIEWER),
                member(third, Roles.ADMIN),
                member(other, Roles.CONTRIBUTOR));
    }

    /** Everyone around one lesson written by {@code author} in {@code home}. */
    public record Cast(OrganisationView home, OrganisationView other, Actor author, Actor colleague, Actor reviewer,
            Actor secondReviewer, Actor sameOrganisationReviewer, Actor publisher, Actor publisherWhoReviews,
            Actor admin, Actor otherUser) {
    }

    /** A lesson that passes every submission rule and the patient-data check. */
    public static LessonContent complete(String title) {
        return LessonContent.builder()
                .title(title)
                .summary("How we moved three hospital sites onto one electronic patient record in a weekend.")
                .projectType(ProjectType.ELECTRONIC_PATIENT_RECORD)
                .settings(Setting.ACUTE, Setting.COMMUNITY)
                .region(Region.NORTH_WEST)
                .startedOn(LocalDate.of(2021, 4, 1))
                .completedOn(LocalDate.of(2023, 3, 31))
                .context("Three acute sites each ran their own patient administration system.")
                .approach("We ran a single big-bang cutover, with floor walkers on every ward.")
                .outcomes("All three sites went live on 12/03/2023; paper notes fell by 80% in six months.")
                .challenge(new Challenge(ChallengeType.DATA_MIGRATION, "Legacy data had many duplicate records.",
                        "We ran three trial loads and a clinical safety review of the matching rules."))
                .challenge(new Challenge(ChallengeType.TRAINING_ADOPTION, "Night staff missed classroom training.",
                        "We added short e-learning and floor walkers on night shifts."))
                .recommendations("Plan trial loads early and fund floor walkers for at least two weeks.")
                .wouldDoDifferently("Start the clinical safety case at the very beginning.")
                .technologies(List.of("FHIR R4", "HL7 v2", "Supplier X EPR"))
                .tags(List.of("cutover", "data quality"))
                .contact(new Contact("Pat Example", "pat.example@example.nhs.uk"))
                .build();
    }

    public static String title() {
        return "Lessons from cutover " + unique("#");
    }

    public LessonDetails draft(Actor author) {
        return lessons.createDraft(author, complete(title()));
    }

    public LessonDetails submitted(Actor author) {
        LessonDetails draft = draft(author);
        return lessons.submit(draft.id(), author, draft.version());
    }

    public LessonDetails inReview(Actor author, Actor... reviewers) {
        LessonDetails submitted = submitted(author);
        for (Actor reviewer : reviewers) {
            lessons.assignReviewer(submitted.id(), reviewer.memberId(), Actor.SYSTEM);
        }
        lessons.startReview(submitted.id(), Actor.SYSTEM);
        return lessons.get(submitted.id(), Actor.SYSTEM);
    }

    /** Reviewed by {@code reviewer}; the review concluded (as the workflow does) with a request for changes. */
    public LessonDetails changesRequested(Actor author, Actor reviewer) {
        LessonDetails lesson = inReview(author, reviewer);
        lessons.requestChanges(lesson.id(), Actor.SYSTEM, "Please say more about the outcomes.");
        return lessons.get(lesson.id(), Actor.SYSTEM);
    }

    /** Reviewed by {@code reviewer}; the review concluded (as the workflow does) with an approval. */
    public LessonDetails approved(Actor author, Actor reviewer) {
        LessonDetails lesson = inReview(author, reviewer);
        lessons.approve(lesson.id(), Actor.SYSTEM, null);
        return lessons.get(lesson.id(), Actor.SYSTEM);
    }

    public LessonDetails published(Actor author, Actor reviewer, Actor publisher) {
        LessonDetails lesson = approved(author, reviewer);
        return lessons.publish(lesson.id(), publisher);
    }
}
