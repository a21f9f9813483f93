package org.lessonsportal.domain.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.audit.AuditEntry;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.lesson.PatientDataFinding.Kind;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.ConcurrentEditException;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.testsupport.LessonTestCase;
import org.lessonsportal.testsupport.LessonTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@RecordApplicationEvents
class LessonServiceIntegrationTest extends LessonTestCase {

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ApplicationEvents events;

    // ------------------------------------------------------------------------------------------------ drafts

    @Test
    void anAuthorStartsADraftForTheirOrganisationAndMaySaveItIncomplete() {
        LessonDetails draft = lessons.createDraft(cast.author(), LessonContent.builder().title("Half").build());

        assertThat(draft.state()).isEqualTo(LessonState.DRAFT);
        assertThat(draft.organisationId()).isEqualTo(cast.home().id());
        assertThat(draft.authorId()).isEqualTo(cast.author().memberId());
        assertThat(draft.round()).isZero();
        assertThat(events.stream(LessonDraftCreated.class)).containsExactly(new LessonDraftCreated(draft.id(),
                cast.author().memberId(), cast.home().id(), draft.createdAt()));

        LessonDetails saved = lessons.saveDraft(draft.id(), cast.author(), LessonContent.builder().title("Half")
                .summary("Still writing").build(), draft.version());
        assertThat(saved.content().summary()).isEqualTo("Still writing");
        assertThat(saved.version()).isGreaterThan(draft.version());
    }

    @Test
    void savingTheSameTextAgainChangesNothing() {
        LessonDetails draft = data.draft(cast.author());
        LessonDetails again = lessons.saveDraft(draft.id(), cast.author(), draft.content(), draft.version());
        assertThat(again.version()).isEqualTo(draft.version());
        assertThat(again.updatedAt()).isEqualTo(draft.updatedAt());
    }

    @Test
    void onlyContributorsInAnOrganisationStartLessons() {
        assertThatThrownBy(() -> lessons.createDraft(cast.reviewer(), LessonContent.empty()))
                .isInstanceOf(NotAllowedException.class).hasMessage("Only contributors can write lessons.");
        Actor homeless = data.member(null, Roles.CONTRIBUTOR);
        assertThatThrownBy(() -> lessons.createDraft(homeless, LessonContent.empty()))
                .isInstanceOf(NotAllowedException.class).hasMessageStartingWith("You need to belong to an organisation");
        assertThatThrownBy(() -> lessons.createDraft(Actor.SYSTEM, LessonContent.empty()))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void draftsMustFitTheStorageButNeedNotBeComplete() {
        LessonDetails draft = data.draft(cast.author());
        LessonContent tooLong = draft.content().toBuilder().title("t".repeat(201)).build();
        assertThatThrownBy(() -> lessons.saveDraft(draft.id(), cast.author(), tooLong, draft.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messagesFor("title"))
                        .containsExactly("Title must be 200 characters or fewer"));
    }

    @Test
    void colleaguesSeeADraftButOnlyTheAuthorEditsItAndNobodyElseSeesIt() {
        LessonDetails draft = data.draft(cast.author());

        assertThat(lessons.get(draft.id(), cast.colleague()).title()).isEqualTo(draft.title());
        assertThatThrownBy(() -> lessons.saveDraft(draft.id(), cast.colleague(), draft.content(), draft.version()))
                .isInstanceOf(NotAllowedException.class).hasMessage("Only the author can change this lesson.");
        for (Actor outsider : List.of(cast.reviewer(), cast.publisher(), cast.admin(), cast.otherUser())) {
            assertThatThrownBy(() -> lessons.get(draft.id(), outsider)).isInstanceOf(NotFoundException.class)
                    .hasMessage("We could not find that lesson.");
        }
        assertThat(lessons.organisationDrafts(cast.colleague())).extracting(LessonSummary::id).contains(draft.id());
        assertThat(lessons.writtenBy(cast.author())).extracting(LessonSummary::id).contains(draft.id());
    }

    // ------------------------------------------------------------------------------------- concurrent editing

    @Test
    void twoEditorsSavingFromTheSameVersionCannotOverwriteEachOther() {
        LessonDetails loaded = data.draft(cast.author());
        LessonContent fromFirstTab = loaded.content().toBuilder().title("Title from the first tab").build();
        LessonContent fromSecondTab = loaded.content().toBuilder().title("Title from the second tab").build();

        lessons.saveDraft(loaded.id(), cast.author(), fromFirstTab, loaded.version());

        assertThatThrownBy(() -> lessons.saveDraft(loaded.id(), cast.author(), fromSecondTab, loaded.version()))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessage("Someone else changed this lesson while you were editing it. Reload to see their changes; "
                        + "your text is still in the form.");
        assertThat(lessons.get(loaded.id(), cast.author()).title()).isEqualTo("Title from the first tab");
    }

    @Test
    void aRaceBetweenTwoSavesThatBothPassedTheVersionCheckIsCaughtByTheDatabase() throws Exception {
        LessonDetails loaded = data.draft(cast.author());
        LessonContent first = loaded.content().toBuilder().title("Saved first, in another transaction").build();
        LessonContent second = loaded.content().toBuilder().title("Saved second, from a stale copy").build();
        ExecutorService otherEditor = Executors.newSingleThreadExecutor();
        try {
            assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                // The second editor's transaction loads the lesson (at the version both editors started from)…
                long seen = lessons.get(loaded.id(), cast.author()).version();
                // …the first editor's save commits in between…
                try {
                    otherEditor.submit(() -> lessons.saveDraft(loaded.id(), cast.author(), first, loaded.version()))
                            .get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                // …and the second save passes the version check against its stale copy, but not the database's.
                lessons.saveDraft(loaded.id(), cast.author(), second, seen);
            })).isInstanceOf(ConcurrentEditException.class).hasMessage(ConcurrentEditException.EDIT_MESSAGE);
        } finally {
            otherEditor.shutdownNow();
        }
        assertThat(lessons.get(loaded.id(), cast.author()).title()).isEqualTo("Saved first, in another transaction");
    }

    // -------------------------------------------------------------------------------------------- submission

    @Test
    void submissionNeedsACompleteLessonAndSaysWhatIsMissingFieldByField() {
        LessonDetails draft = lessons.createDraft(cast.author(), LessonContent.builder().title("Too short")
                .summary("A summary that is long enough to pass.").build());

        assertThatThrownBy(() -> lessons.submit(draft.id(), cast.author(), draft.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.messagesFor("title")).containsExactly("Title must be at least 10 characters");
                    assertThat(e.messagesFor("challenges")).containsExactly(
                            "Add at least one challenge the project met");
                    assertThat(e.errors()).extracting(f -> f.field()).doesNotContain("summary");
                });
        assertThat(lessons.get(draft.id(), cast.author()).state()).isEqualTo(LessonState.DRAFT);
    }

    @Test
    void submissionIsBlockedByPatientDataUntilRemovedOrConfirmedNotPatientData() {
        LessonContent risky = LessonTestData.complete(LessonTestData.title()).toBuilder()
                .context("The pilot ward's first patient, Mr Lowry, lives at 3 Quay Street, M3 3HN.")
                .build();
        LessonDetails draft = lessons.createDraft(cast.author(), risky);

        assertThatThrownBy(() -> lessons.submit(draft.id(), cast.author(), draft.version()))
                .isInstanceOfSatisfying(PatientDataException.class, e -> {
                    assertThat(e.findings()).extracting(PatientDataFinding::field, PatientDataFinding::kind,
                            PatientDataFinding::match).containsExactly(
                                    org.assertj.core.groups.Tuple.tuple("context", Kind.POSTCODE, "M3 3HN"),
                                    org.assertj.core.groups.Tuple.tuple("context", Kind.PATIENT_NAME, "Mr Lowry"));
                    assertThat(e.getMessage()).isEqualTo("This lesson may contain information that identifies a "
                            + "patient in 2 places, so it cannot be submitted. Context contains what looks like a "
                            + "postcode next to personal details: \"M3 3HN\". Remove them, or confirm they are not "
                            + "patient information.");
                });

        // The author removes the address but says "Mr Lowry" is the name of the ward, not a patient.
        LessonDetails edited = lessons.saveDraft(draft.id(), cast.author(), risky.toBuilder()
                .context("The pilot ward was Mr Lowry ward, named after the painter.").build(), draft.version());
        List<PatientDataFinding> remaining = lessons.patientDataFindings(draft.id(), cast.author());
        assertThat(remaining).extracting(PatientDataFinding::match).containsExactly("Mr Lowry");

        assertThatThrownBy(() -> lessons.confirmNotPatientData(draft.id(), cast.author(), remaining.get(0), " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messagesFor("reason"))
                        .containsExactly("Explain why this is not patient information"));
        assertThatThrownBy(() -> lessons.confirmNotPatientData(draft.id(), cast.colleague(), remaining.get(0),
                "It is a ward name.")).isInstanceOf(NotAllowedException.class);

        ConfirmedFinding confirmed = lessons.confirmNotPatientData(draft.id(), cast.author(), remaining.get(0),
                "Mr Lowry is the name of the ward, not of a patient.");
        assertThat(confirmed.confirmedBy()).isEqualTo(cast.author().memberId());
        assertThat(lessons.patientDataFindings(draft.id(), cast.author())).isEmpty();

        LessonDetails submitted = lessons.submit(draft.id(), cast.author(), edited.version());
        assertThat(submitted.state()).isEqualTo(LessonState.SUBMITTED);
        assertThat(lessons.confirmedFindings(draft.id(), cast.author())).singleElement()
                .satisfies(c -> assertThat(c.reason()).isEqualTo("Mr Lowry is the name of the ward, not of a patient."));
        assertThat(lessons.auditTrail(draft.id(), cast.author())).extracting(AuditEntry::action)
                .containsExactly("lesson.created", "ig.not-patient-data", "lesson.submitted");
        assertThat(lessons.auditTrail(draft.id(), cast.author()).get(1).reason())
                .isEqualTo("Mr Lowry is the name of the ward, not of a patient.");
    }

    @Test
    void submissionReportsMissingPartsAndPatientDataTogether() {
        LessonDetails draft = lessons.createDraft(cast.author(), LessonContent.builder().title("Too short")
                .context("We tested with the record of 943 476 5919.").build());

        assertThatThrownBy(() -> lessons.submit(draft.id(), cast.author(), draft.version()))
                .isInstanceOfSatisfying(PatientDataException.class, e -> {
                    assertThat(e.findings()).extracting(PatientDataFinding::match).containsExactly("943 476 5919");
                    assertThat(e.otherProblems()).extracting(f -> f.field()).contains("title", "summary",
                            "challenges");
                    assertThat(e.getMessage()).contains("There are also " + e.otherProblems().size()
                            + " other problems.");
                });
        assertThat(lessons.patientDataFindings(draft.id(), cast.author(), LessonContent.builder()
                .summary("Typed but not saved yet: 943 476 5919.").build()))
                .extracting(PatientDataFinding::field).containsExactly("summary");
    }

    @Test
    void theAuthorSubmitsWhatTheyAreLookingAt() {
        LessonDetails draft = data.draft(cast.author());
        lessons.saveDraft(draft.id(), cast.author(), draft.content().toBuilder().summary(
                "Another tab changed the summary before submitting.").build(), draft.version());
        assertThatThrownBy(() -> lessons.submit(draft.id(), cast.author(), draft.version()))
                .isInstanceOf(ConcurrentEditException.class);
    }

    // ------------------------------------------------------------------------------------------ the lifecycle

    @Test
    void aLessonGoesFromDraftThroughTwoRoundsOfReviewToPublicationAndArchive() {
        LessonDetails draft = data.draft(cast.author());
        Long id = draft.id();

        LessonDetails submitted = lessons.submit(id, cast.author(), draft.version());
        assertThat(submitted.state()).isEqualTo(LessonState.SUBMITTED);
        assertThat(submitted.round()).isEqualTo(1);
        assertThat(events.stream(LessonSubmitted.class)).singleElement().satisfies(e -> {
            assertThat(e.lessonId()).isEqualTo(id);
            assertThat(e.round()).isEqualTo(1);
            assertThat(e.projectType()).isEqualTo(draft.content().projectType());
        });
        assertThatThrownBy(() -> lessons.get(id, cast.colleague())).isInstanceOf(NotFoundException.class);
        assertThat(lessons.awaitingReviewers(cast.publisher())).extracting(LessonSummary::id).contains(id);

        // The workflow assigns two reviewers and starts the review.
        lessons.assignReviewer(id, cast.reviewer().memberId(), Actor.SYSTEM);
        lessons.assignReviewer(id, cast.secondReviewer().memberId(), Actor.SYSTEM);
        lessons.assignReviewer(id, cast.reviewer().memberId(), Actor.SYSTEM); // again: nothing changes
        assertThat(lessons.reviewers(id, cast.author())).hasSize(2);
        assertThat(lessons.startReview(id, Actor.SYSTEM).state()).isEqualTo(LessonState.IN_REVIEW);
        assertThat(events.stream(LessonReviewStarted.class)).singleElement()
                .satisfies(e -> assertThat(e.reviewerIds()).containsExactlyInAnyOrder(cast.reviewer().memberId(),
                        cast.secondReviewer().memberId()));
        assertThat(lessons.get(id, cast.reviewer()).state()).isEqualTo(LessonState.IN_REVIEW);
        assertThat(lessons.awaitingReviewBy(cast.reviewer())).extracting(LessonSummary::id).contains(id);
        assertThat(lessons.allowedActions(id, cast.reviewer())).contains(Action.REVIEW)
                .doesNotContain(Action.CONCLUDE_REVIEW, Action.EDIT, Action.PUBLISH);

        // The review asks for changes; the author revises and resubmits: round 2, same reviewers, straight back in review.
        lessons.requestChanges(id, Actor.SYSTEM, "Say more about how you measured the outcomes.");
        LessonDetails back = lessons.get(id, cast.author());
        assertThat(back.state()).isEqualTo(LessonState.CHANGES_REQUESTED);
        LessonContent revised = back.content().toBuilder()
                .outcomes(back.content().outcomes() + " We measured paper use with monthly audits.")
                .tags(List.of("cutover", "data quality", "measurement")).build();
        LessonDetails saved = lessons.saveDraft(id, cast.author(), revised, back.version());
        assertThat(lessons.changesSinceLatestRound(id, cast.author())).extracting(FieldChange::field)
                .containsExactly("outcomes", "tags");
        LessonDetails resubmitted = lessons.resubmit(id, cast.author(), saved.version());
        assertThat(resubmitted.state()).isEqualTo(LessonState.IN_REVIEW);
        assertThat(resubmitted.round()).isEqualTo(2);
        assertThat(events.stream(LessonResubmitted.class)).singleElement().satisfies(e -> {
            assertThat(e.round()).isEqualTo(2);
            assertThat(e.state()).isEqualTo(LessonState.IN_REVIEW);
            assertThat(e.reviewerIds()).hasSize(2);
        });

        // Reviewer and author can see what changed between the rounds.
        assertThat(lessons.rounds(id, cast.reviewer())).extracting(RoundSummary::round).containsExactly(1, 2);
        List<FieldChange> changes = lessons.compareRounds(id, cast.reviewer(), 1, 2);
        assertThat(changes).extracting(FieldChange::field).containsExactly("outcomes", "tags");
        assertThat(changes.get(1).after()).isEqualTo("cutover\ndata quality\nmeasurement");
        assertThat(lessons.roundContent(id, cast.author(), 1)).isEqualTo(draft.content());

        lessons.approve(id, Actor.SYSTEM, "Clear and useful.");
        assertThat(lessons.awaitingPublicationBy(cast.publisher())).extracting(LessonSummary::id).contains(id);
        assertThat(lessons.awaitingPublicationBy(cast.reviewer())).extracting(LessonSummary::id)
                .doesNotContain(id);

        LessonDetails published = lessons.publish(id, cast.publisher());
        assertThat(published.state()).isEqualTo(LessonState.PUBLISHED);
        assertThat(published.publishedOn()).isNotNull();
        assertThat(events.stream(LessonPublished.class)).singleElement()
                .satisfies(e -> assertThat(e.publisherId()).isEqualTo(cast.publisher().memberId()));
        assertThat(lessons.get(id, cast.otherUser()).state()).isEqualTo(LessonState.PUBLISHED);
        assertThat(lessons.recentlyPublished(50)).extracting(LessonSummary::id).contains(id);

        LessonDetails archived = lessons.archive(id, cast.admin(), "Superseded by the 2025 national EPR guidance.");
        assertThat(archived.state()).isEqualTo(LessonState.ARCHIVED);
        assertThat(archived.archiveReason()).isEqualTo("Superseded by the 2025 national EPR guidance.");
        assertThat(events.stream(LessonArchived.class)).hasSize(1);

        List<AuditEntry> trail = lessons.auditTrail(id, cast.author());
        assertThat(trail).extracting(AuditEntry::action).containsExactly("lesson.created", "lesson.submitted",
                "reviewer.assigned", "reviewer.assigned", "review.started", "changes.requested",
                "lesson.resubmitted", "lesson.approved", "lesson.published", "lesson.archived");
        assertThat(trail).filteredOn(e -> e.action().equals("changes.requested")).singleElement().satisfies(e -> {
            assertThat(e.bySystem()).isTrue();
            assertThat(e.fromState()).isEqualTo("IN_REVIEW");
            assertThat(e.toState()).isEqualTo("CHANGES_REQUESTED");
            assertThat(e.round()).isEqualTo(1);
            assertThat(e.reason()).isEqualTo("Say more about how you measured the outcomes.");
            assertThat(e.occurredAt()).isNotNull();
        });
        assertThat(trail).filteredOn(e -> e.action().equals("reviewer.assigned"))
                .allSatisfy(e -> assertThat(e.bySystem()).isTrue());
        assertThatThrownBy(() -> lessons.auditTrail(id, cast.otherUser())).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aRoundWithoutReviewersGoesBackToSubmitted() {
        LessonDetails lesson = data.inReview(cast.author(), cast.reviewer());
        lessons.releaseReviewer(lesson.id(), cast.reviewer().memberId(), Actor.SYSTEM, "On leave for a month");
        assertThat(events.stream(ReviewerReleased.class)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("On leave for a month"));
        assertThatThrownBy(() -> lessons.get(lesson.id(), cast.reviewer())).as("a released reviewer loses access")
                .isInstanceOf(NotFoundException.class);
        lessons.requestChanges(lesson.id(), Actor.SYSTEM, "The workflow timed out waiting for reviewers.");

        LessonDetails back = lessons.get(lesson.id(), cast.author());
        LessonDetails resubmitted = lessons.resubmit(lesson.id(), cast.author(), back.version());

        assertThat(resubmitted.state()).isEqualTo(LessonState.SUBMITTED);
        assertThat(resubmitted.round()).isEqualTo(2);
        assertThat(events.stream(LessonResubmitted.class)).singleElement()
                .satisfies(e -> assertThat(e.reviewerIds()).isEmpty());
    }

    @Test
    void aPublisherSendsAnApprovedLessonBackWithAReason() {
        LessonDetails toReviewers = data.approved(cast.author(), cast.reviewer());
        assertThatThrownBy(() -> lessons.sendBack(toReviewers.id(), cast.publisher(), SendBackTo.REVIEWERS, ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messagesFor("reason"))
                        .containsExactly("Explain why the lesson is being sent back"));
        assertThat(lessons.sendBack(toReviewers.id(), cast.publisher(), SendBackTo.REVIEWERS,
                "The outcomes contradict the summary.").state()).isEqualTo(LessonState.IN_REVIEW);

        LessonDetails toAuthor = data.approved(cast.author(), cast.reviewer());
        assertThat(lessons.sendBack(toAuthor.id(), cast.publisher(), SendBackTo.AUTHOR,
                "Please remove the supplier's pricing.").state()).isEqualTo(LessonState.CHANGES_REQUESTED);
        assertThat(events.stream(LessonSentBack.class)).extracting(LessonSentBack::state)
                .containsExactly(LessonState.IN_REVIEW, LessonState.CHANGES_REQUESTED);

        LessonDetails nobodyLeft = data.inReview(cast.author(), cast.reviewer());
        lessons.releaseReviewer(nobodyLeft.id(), cast.reviewer().memberId(), Actor.SYSTEM, "Left the trust");
        lessons.approve(nobodyLeft.id(), Actor.SYSTEM, "Approved by the workflow after the reviewer left.");
        assertThatThrownBy(() -> lessons.sendBack(nobodyLeft.id(), cast.publisher(), SendBackTo.REVIEWERS,
                "Needs another look.")).isInstanceOf(LessonStateException.class)
                .hasMessage("Nobody is reviewing this lesson any more, so it can only be sent back to its author.");
    }

    @Test
    void declinedAndWithdrawnLessonsStopThere() {
        LessonDetails declined = lessons.decline(data.inReview(cast.author(), cast.reviewer()).id(), Actor.SYSTEM,
                "This is a product review rather than a lesson.");
        assertThat(declined.state()).isEqualTo(LessonState.DECLINED);
        assertThat(events.stream(LessonDeclined.class)).hasSize(1);

        LessonDetails inReview = data.inReview(cast.author(), cast.reviewer());
        LessonDetails withdrawn = lessons.withdraw(inReview.id(), cast.author(), "The project is being re-run.");
        assertThat(withdrawn.state()).isEqualTo(LessonState.WITHDRAWN);
        assertThat(events.stream(LessonWithdrawn.class)).singleElement()
                .satisfies(e -> assertThat(e.from()).isEqualTo(LessonState.IN_REVIEW));
        assertThatThrownBy(() -> lessons.resubmit(withdrawn.id(), cast.author(), withdrawn.version()))
                .isInstanceOf(LessonStateException.class)
                .hasMessage("This lesson has been withdrawn, so it can no longer be resubmitted.");
    }

    // ----------------------------------------------------------------------------------- illegal transitions

    @Test
    void illegalStepsAreRefusedInPlainEnglish() {
        LessonDetails published = data.published(cast.author(), cast.reviewer(), cast.publisher());

        assertThatThrownBy(() -> lessons.withdraw(published.id(), cast.author(), null))
                .isInstanceOf(LessonStateException.class)
                .hasMessage("This lesson has already been published, so it can no longer be withdrawn.");
        assertThatThrownBy(() -> lessons.saveDraft(published.id(), cast.author(), published.content(),
                published.version())).isInstanceOf(LessonStateException.class)
                .hasMessage("This lesson has already been published, so it can no longer be changed.");
        assertThatThrownBy(() -> lessons.archive(published.id(), cast.publisher(), "Out of date now."))
                .isInstanceOf(NotAllowedException.class).hasMessage("Only an administrator can archive a lesson.");
        assertThatThrownBy(() -> lessons.archive(published.id(), cast.admin(), ""))
                .isInstanceOf(ValidationException.class);

        LessonDetails draft = data.draft(cast.author());
        assertThatThrownBy(() -> lessons.publish(draft.id(), cast.author()))
                .isInstanceOf(LessonStateException.class)
                .hasMessage("This lesson is still a draft, so it cannot be published yet.");
        assertThatThrownBy(() -> lessons.approve(draft.id(), Actor.SYSTEM, null))
                .isInstanceOf(LessonStateException.class);
        assertThatThrownBy(() -> lessons.withdraw(draft.id(), cast.colleague(), null))
                .isInstanceOf(NotAllowedException.class).hasMessage("Only the author can withdraw this lesson.");

        LessonDetails submitted = data.submitted(cast.author());
        assertThatThrownBy(() -> lessons.startReview(submitted.id(), Actor.SYSTEM))
                .isInstanceOf(LessonStateException.class)
                .hasMessage("Assign at least one reviewer before the review starts.");
        assertThatThrownBy(() -> lessons.submit(submitted.id(), cast.author(), submitted.version()))
                .isInstanceOf(LessonStateException.class).hasMessage("This lesson has already been submitted.");
        assertThatThrownBy(() -> lessons.assignReviewer(submitted.id(), cast.reviewer().memberId(), cast.author()))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("Only a publisher or an administrator can choose reviewers.");
    }

    @Test
    void reviewersNeverReviewTheirOwnOrganisationsOrTheirOwnLessons() {
        LessonDetails submitted = data.submitted(cast.author());

        assertThatThrownBy(() -> lessons.assignReviewer(submitted.id(), cast.sameOrganisationReviewer().memberId(),
                Actor.SYSTEM)).isInstanceOf(ConflictOfInterestException.class)
                .hasMessageEndingWith("works for the organisation that wrote this lesson, so they cannot review it.");
        assertThatThrownBy(() -> lessons.assignReviewer(submitted.id(), cast.author().memberId(), Actor.SYSTEM))
                .isInstanceOf(ConflictOfInterestException.class).hasMessageEndingWith("wrote this lesson, so they "
                        + "cannot review it.");
        assertThatThrownBy(() -> lessons.assignReviewer(submitted.id(), cast.otherUser().memberId(), Actor.SYSTEM))
                .isInstanceOf(NotAllowedException.class).hasMessageEndingWith("is not a reviewer, so they cannot be "
                        + "asked to review lessons.");
        assertThatThrownBy(() -> lessons.assignReviewer(submitted.id(), 987_654_321L, Actor.SYSTEM))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPublisherNeverPublishesALessonTheyReviewedOrWrote() {
        LessonDetails lesson = data.inReview(cast.author(), cast.publisherWhoReviews());
        lessons.approve(lesson.id(), Actor.SYSTEM, null);

        assertThatThrownBy(() -> lessons.publish(lesson.id(), cast.publisherWhoReviews()))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("You cannot publish a lesson you were asked to review: another publisher needs to check it.");
        assertThatThrownBy(() -> lessons.publish(lesson.id(), cast.reviewer()))
                .isInstanceOf(NotFoundException.class);
        assertThat(lessons.publish(lesson.id(), cast.publisher()).state()).isEqualTo(LessonState.PUBLISHED);

        Actor writerAndPublisher = data.member(cast.home(), Roles.CONTRIBUTOR, Roles.PUBLISHER);
        LessonDetails own = data.approved(writerAndPublisher, cast.reviewer());
        assertThatThrownBy(() -> lessons.publish(own.id(), writerAndPublisher))
                .isInstanceOf(NotAllowedException.class).hasMessage("You cannot publish a lesson you wrote.");
    }

    @Test
    void nobodyPublishesOrSendsBackTheirOwnOrganisationsLesson() {
        Actor colleagueWhoPublishes = data.member(cast.home(), Roles.PUBLISHER);
        LessonDetails lesson = data.approved(cast.author(), cast.reviewer());

        assertThatThrownBy(() -> lessons.publish(lesson.id(), colleagueWhoPublishes))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("You cannot publish a lesson from your own organisation: another publisher needs to.");
        assertThatThrownBy(() -> lessons.sendBack(lesson.id(), colleagueWhoPublishes, SendBackTo.AUTHOR,
                "Please add the outcomes.")).isInstanceOf(NotAllowedException.class)
                .hasMessage("You cannot send back a lesson from your own organisation: another publisher needs to.");
        assertThat(lessons.awaitingPublicationBy(colleagueWhoPublishes)).extracting(LessonSummary::id)
                .doesNotContain(lesson.id());
        assertThat(lessons.allowedActions(lesson.id(), colleagueWhoPublishes))
                .doesNotContain(Action.PUBLISH, Action.SEND_BACK).contains(Action.VIEW);
        assertThat(lessons.get(lesson.id(), cast.author()).state()).isEqualTo(LessonState.APPROVED);
        assertThat(lessons.publish(lesson.id(), cast.publisher()).state()).as("a publisher from elsewhere may")
                .isEqualTo(LessonState.PUBLISHED);
    }

    @Test
    void theWorkflowActsWithIdsOnly() {
        LessonDetails submitted = data.submitted(cast.author());
        Actor reviewer = organisations.actor(cast.reviewer().memberId());

        lessons.assignReviewer(submitted.id(), reviewer.memberId(), Actor.SYSTEM);
        lessons.startReview(submitted.id(), Actor.SYSTEM);
        lessons.require(submitted.id(), reviewer, Action.REVIEW);
        lessons.approve(submitted.id(), Actor.SYSTEM, null);
        lessons.publish(submitted.id(), organisations.actor(cast.publisher().memberId()));

        assertThat(lessons.get(submitted.id(), Actor.SYSTEM).state()).isEqualTo(LessonState.PUBLISHED);
    }

    @Test
    void unknownLessonsAreNotFound() {
        assertThatThrownBy(() -> lessons.get(-1L, cast.author())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> lessons.get(null, cast.author())).isInstanceOf(NotFoundException.class);
        assertThat(lessons.allowedActions(-1L, cast.author())).isEmpty();
        assertThat(lessons.allowedActions(data.draft(cast.author()).id(), cast.otherUser())).isEmpty();
    }
}
