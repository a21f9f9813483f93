package org.lessonsportal.domain.reuse;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.lesson.LessonPolicy.Action;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.PatientDataFinding;
import org.lessonsportal.domain.lesson.PatientDataScanner;
import org.lessonsportal.domain.lesson.ReuseCounts;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.organisation.OrganisationView;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.ConcurrentEditException;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "We are using this" (issue 16): a contributor of another organisation records that the organisation they act for is
 * reusing a published lesson, at a stage, with an optional note; saying it again changes the stage or note, and they
 * can say their organisation stopped. Anyone who may read the lesson sees which organisations reuse it. Who may
 * record it is {@code LessonPolicy}'s {@code RECORD_REUSE}; the note is checked for patient data like a lesson.
 * Some months after the first record the workflow asks the organisation how it went ({@link #askHowItWent}); its
 * answer ({@link #tellHowItWent}) shows beside the reuse, and it may then write a lesson that builds on this one.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LessonReuseService implements ReuseCounts {

    /** The longest note. */
    public static final int NOTE_MAX = 500;
    /** The longest answer to "how did it go?". */
    public static final int OUTCOME_MAX = 1000;

    private final LessonReuseRepository reuses;
    private final LessonService lessons;
    private final OrganisationService organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /**
     * Records (or changes) that the actor's organisation is reusing the lesson.
     *
     * @throws org.lessonsportal.domain.shared.NotAllowedException when the policy says no (their own organisation's
     *                                                             lesson, not published, not a contributor)
     * @throws ValidationException                                 no stage, a note too long or with patient data
     */
    @Transactional
    public ReuseView record(Actor actor, Long lessonId, ReuseStage stage, String note) {
        lessons.require(lessonId, actor, Action.RECORD_REUSE);
        String kept = note == null || note.isBlank() ? null : note.strip();
        List<FieldError> errors = new ArrayList<>();
        if (stage == null) {
            errors.add(new FieldError("stage", "say how far your project is"));
        }
        check("note", "the note", kept, NOTE_MAX, errors);
        ValidationException.throwIfAny(errors);
        Optional<LessonReuse> known = reuses.findByLessonIdAndOrganisationId(lessonId, actor.organisationId());
        LessonReuse reuse = known.orElseGet(() -> new LessonReuse(lessonId, actor.organisationId(), clock.instant()));
        reuse.record(actor.memberId(), stage, kept, clock.instant());
        LessonReuse saved = saveOnce(reuse);
        if (known.isEmpty()) {
            events.publishEvent(new LessonReuseStarted(saved.getId(), lessonId, actor.organisationId(),
                    actor.memberId(), clock.instant()));
        }
        return view(saved);
    }

    /**
     * Says how reusing the lesson went for the actor's organisation (asked or not yet asked; the lesson may have been
     * archived since).
     *
     * @throws NotFoundException   when the organisation has not said it reuses the lesson
     * @throws ValidationException when the answer is empty, too long or holds patient data
     */
    @Transactional
    public ReuseView tellHowItWent(Actor actor, Long lessonId, String outcome) {
        lessons.get(lessonId, actor);
        LessonReuse reuse = reuses.findByLessonIdAndOrganisationId(lessonId, actor.organisationId())
                .orElseThrow(() -> new NotFoundException("Your organisation has not said it is using this lesson. "
                        + "Say so first, then how it went."));
        String kept = outcome == null || outcome.isBlank() ? null : outcome.strip();
        List<FieldError> errors = new ArrayList<>();
        if (kept == null) {
            errors.add(new FieldError("outcome", "say in a few words how it went"));
        }
        check("outcome", "your answer", kept, OUTCOME_MAX, errors);
        ValidationException.throwIfAny(errors);
        reuse.tellHowItWent(actor.memberId(), kept, clock.instant());
        return view(saveOnce(reuse));
    }

    /** Saves the record; a colleague who saved the same organisation's record a moment before is told, not a 500. */
    private LessonReuse saveOnce(LessonReuse reuse) {
        try {
            return reuses.saveAndFlush(reuse);
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Someone in your organisation changed this at the same moment. Look "
                    + "at the page again, then say it again if it is still needed.");
        }
    }

    /**
     * The workflow asks the organisation how reusing the lesson went, once: returns the reuse when it asked now,
     * empty when the organisation stopped reusing it or has already said.
     */
    @Transactional
    public Optional<ReuseView> askHowItWent(Actor actor, Long reuseId) {
        if (!actor.isSystem()) {
            throw new NotAllowedException("Only the portal's workflow asks how reusing a lesson went.");
        }
        return reuses.findById(reuseId).filter(r -> r.askHowItWent(clock.instant())).map(this::view);
    }

    /** The lessons the actor's organisation was asked about and has not said how it went, oldest question first. */
    public List<ReuseView> awaitingOutcome(Actor actor) {
        if (actor.organisationId() == null) {
            return List.of();
        }
        return reuses.findAwaitingOutcome(actor.organisationId()).stream().map(this::view).toList();
    }

    /**
     * Says the actor's organisation no longer reuses the lesson; returns whether it did. Allowed whenever the actor
     * may read the lesson, archived or not: it only takes back what the organisation said.
     */
    @Transactional
    public boolean stop(Actor actor, Long lessonId) {
        lessons.get(lessonId, actor);
        Optional<LessonReuse> reuse = reuses.findByLessonIdAndOrganisationId(lessonId, actor.organisationId());
        reuse.ifPresent(r -> {
            reuses.delete(r);
            events.publishEvent(new LessonReuseStopped(r.getId(), lessonId, actor.organisationId()));
        });
        return reuse.isPresent();
    }

    /** Every organisation reusing the lesson, most recently changed first, if the actor may read it. */
    public List<ReuseView> reusersOf(Long lessonId, Actor actor) {
        lessons.get(lessonId, actor);
        return reuses.findByLessonIdOrderByUpdatedAtDescIdDesc(lessonId).stream().map(this::view).toList();
    }

    /** The actor's organisation's reuse of the lesson, if it recorded one. */
    public Optional<ReuseView> ours(Long lessonId, Actor actor) {
        if (actor.organisationId() == null) {
            return Optional.empty();
        }
        lessons.get(lessonId, actor);
        return reuses.findByLessonIdAndOrganisationId(lessonId, actor.organisationId()).map(this::view);
    }

    /**
     * Every lesson the organisation says it is reusing, most recently changed first (its organisation page). Only
     * published lessons can be reused, so anyone signed in may see them.
     */
    public List<ReuseView> reusedBy(Long organisationId) {
        return reuses.findByOrganisationIdOrderByUpdatedAtDescIdDesc(organisationId).stream().map(this::view).toList();
    }

    /** How many organisations reuse each of these lessons; a lesson nobody reuses counts 0. Counts are public. */
    @Override
    public Map<Long, Long> counts(Collection<Long> lessonIds) {
        Map<Long, Long> counts = new HashMap<>();
        lessonIds.forEach(id -> counts.put(id, 0L));
        if (!lessonIds.isEmpty()) {
            reuses.countByLessonIds(lessonIds).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    private static void check(String field, String name, String text, int max, List<FieldError> errors) {
        if (text == null) {
            return;
        }
        if (text.length() > max) {
            errors.add(new FieldError(field, name + " must be " + max + " characters or fewer (it is "
                    + text.length() + ")"));
        }
        for (PatientDataFinding finding : PatientDataScanner.scan(field, text)) {
            errors.add(new FieldError(field, name + " seems to contain " + finding.kind().description()
                    + " (\"" + finding.match() + "\"); take it out, as lessons never hold patient data"));
        }
    }

    private ReuseView view(LessonReuse reuse) {
        OrganisationView organisation = organisations.get(reuse.getOrganisationId());
        return new ReuseView(reuse.getId(), reuse.getLessonId(), reuse.getOrganisationId(), organisation.name(),
                organisation.odsCode(), reuse.getStage(), reuse.getNote(), reuse.getRecordedBy(),
                organisations.memberName(reuse.getRecordedBy()), reuse.getUpdatedAt(), reuse.getFollowUpAskedAt(),
                reuse.getOutcome(), reuse.getOutcomeAt());
    }
}
