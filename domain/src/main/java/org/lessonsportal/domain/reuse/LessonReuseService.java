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
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.organisation.OrganisationView;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.shared.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "We are using this" (issue 16): a contributor of another organisation records that the organisation they act for is
 * reusing a published lesson, at a stage, with an optional note; saying it again changes the stage or note, and they
 * can say their organisation stopped. Anyone who may read the lesson sees which organisations reuse it. Who may
 * record it is {@code LessonPolicy}'s {@code RECORD_REUSE}; the note is checked for patient data like a lesson.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LessonReuseService {

    /** The longest note. */
    public static final int NOTE_MAX = 500;

    private final LessonReuseRepository reuses;
    private final LessonService lessons;
    private final OrganisationService organisations;
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
        validate(stage, kept);
        LessonReuse reuse = reuses.findByLessonIdAndOrganisationId(lessonId, actor.organisationId())
                .orElseGet(() -> new LessonReuse(lessonId, actor.organisationId(), clock.instant()));
        reuse.record(actor.memberId(), stage, kept, clock.instant());
        return view(reuses.save(reuse));
    }

    /** Says the actor's organisation no longer reuses the lesson; returns whether it did. */
    @Transactional
    public boolean stop(Actor actor, Long lessonId) {
        lessons.require(lessonId, actor, Action.RECORD_REUSE);
        Optional<LessonReuse> reuse = reuses.findByLessonIdAndOrganisationId(lessonId, actor.organisationId());
        reuse.ifPresent(reuses::delete);
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
    public Map<Long, Long> counts(Collection<Long> lessonIds) {
        Map<Long, Long> counts = new HashMap<>();
        lessonIds.forEach(id -> counts.put(id, 0L));
        if (!lessonIds.isEmpty()) {
            reuses.countByLessonIds(lessonIds).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    private static void validate(ReuseStage stage, String note) {
        List<FieldError> errors = new ArrayList<>();
        if (stage == null) {
            errors.add(new FieldError("stage", "say how far your project is"));
        }
        if (note != null && note.length() > NOTE_MAX) {
            errors.add(new FieldError("note", "the note must be " + NOTE_MAX + " characters or fewer (it is "
                    + note.length() + ")"));
        }
        if (note != null) {
            for (PatientDataFinding finding : PatientDataScanner.scan("note", note)) {
                errors.add(new FieldError("note", "the note seems to contain " + finding.kind().description()
                        + " (\"" + finding.match() + "\"); take it out, as lessons never hold patient data"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private ReuseView view(LessonReuse reuse) {
        OrganisationView organisation = organisations.get(reuse.getOrganisationId());
        return new ReuseView(reuse.getId(), reuse.getLessonId(), reuse.getOrganisationId(), organisation.name(),
                organisation.odsCode(), reuse.getStage(), reuse.getNote(),
                organisations.memberName(reuse.getRecordedBy()), reuse.getUpdatedAt());
    }
}
