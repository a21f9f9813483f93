package org.lessonsportal.domain.lesson;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.audit.AuditService;
import org.lessonsportal.domain.lesson.ImportReport.Imported;
import org.lessonsportal.domain.lesson.ImportReport.Outcome;
import org.lessonsportal.domain.organisation.OrganisationView;
import org.lessonsportal.domain.organisation.OrganisationDetails;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.shared.FieldError;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Stores one lesson of an import, inside the transaction {@link LessonExchangeService} opens for it, and decides
 * whether a lesson already in the portal may be changed by it:
 * <ul>
 * <li>a lesson written in this portal (its exports call it {@code "<instance id>/<lesson id>"}) is never changed: the
 * same lesson imported again is "unchanged", anything else is rejected for that lesson alone;</li>
 * <li>a lesson imported earlier is updated, and moved to the organisation the file names only for an administrator
 * or the command line, with both organisations in the audit trail: an API client is refused the move;</li>
 * <li>a lesson that is no longer published (archived or taken away) is left as it is.</li>
 * </ul>
 * A refusal is a {@link RecordRejected}; its transaction rolls back, so an organisation made for the lesson goes too.
 */
@Component
@RequiredArgsConstructor
class ImportedLessons {

    private final LessonRepository lessons;
    private final OrganisationService organisations;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Imported store(int index, ImportCandidate candidate, Importer importer, LocalDate today, String instanceId) {
        Instant now = clock.instant();
        Optional<Lesson> existing = candidate.externalId() == null ? Optional.empty()
                : existing(candidate.externalId(), instanceId);
        if (existing.isPresent()) {
            Lesson lesson = existing.get();
            if (lesson.getState() != LessonState.PUBLISHED) {
                throw new RecordRejected(new FieldError("id", "The portal's lesson with this id is "
                        + lesson.getState().label().toLowerCase() + ", so the import did not change it."));
            }
            if (lesson.writtenHere()) {
                return unchangedOrRefused(index, lesson, candidate);
            }
            return update(index, lesson, candidate, importer, now);
        }
        OrganisationView organisation = organisationFor(candidate);
        LocalDate publishedOn = candidate.publishedOn() == null ? today : candidate.publishedOn();
        Lesson lesson = lessons.saveAndFlush(Lesson.imported(candidate.externalId(), organisation.id(),
                candidate.content(), publishedOn, now));
        audit.record(importer.audit(lesson.getId(), "lesson.imported", LessonState.PUBLISHED.name(), "Imported from "
                + importer.source() + " and published"));
        events.publishEvent(new LessonImported(lesson.getId(), lesson.getExternalId(), true, now));
        return new Imported(index, lesson.getId(), lesson.getExternalId(), Outcome.CREATED);
    }

    /** A portal's own export imported again changes nothing; a changed copy of its lesson is refused. */
    private Imported unchangedOrRefused(int index, Lesson lesson, ImportCandidate candidate) {
        Long organisationId = organisations.findByOdsCode(candidate.odsCode()).map(OrganisationView::id).orElse(null);
        if (organisationId != null && !lesson.differsFrom(organisationId, candidate.content(),
                candidate.publishedOn())) {
            return new Imported(index, lesson.getId(), lesson.getExternalId(), Outcome.UNCHANGED);
        }
        throw new RecordRejected(new FieldError("id", "This id names a lesson written in this portal. An import "
                + "never changes a lesson written here, so nothing about it was changed: its author can change it "
                + "through review."));
    }

    private Imported update(int index, Lesson lesson, ImportCandidate candidate, Importer importer, Instant now) {
        OrganisationView organisation = organisationFor(candidate);
        Long from = lesson.getOrganisationId();
        boolean moves = !Objects.equals(from, organisation.id());
        if (moves && !importer.mayMoveLessons()) {
            OrganisationView current = organisations.get(from);
            throw new RecordRejected(new FieldError("organisation.odsCode", "This lesson belongs to "
                    + describe(current) + " in the portal, not " + candidate.odsCode() + ". An import through the API "
                    + "never moves a lesson to another organisation; ask an administrator of the portal to import "
                    + "the file if the lesson really belongs elsewhere."));
        }
        long before = lesson.getVersion();
        lesson.reimported(organisation.id(), candidate.content(), candidate.publishedOn(), now);
        lessons.flush();
        if (lesson.getVersion() == before) {
            return new Imported(index, lesson.getId(), lesson.getExternalId(), Outcome.UNCHANGED);
        }
        String description = "Updated from " + importer.source() + (moves ? "; moved from " + describe(
                organisations.get(from)) + " to " + describe(organisation) : "");
        audit.record(importer.audit(lesson.getId(), "lesson.import-updated", null, description));
        events.publishEvent(new LessonImported(lesson.getId(), lesson.getExternalId(), false, now));
        return new Imported(index, lesson.getId(), lesson.getExternalId(), Outcome.UPDATED);
    }

    private static String describe(OrganisationView organisation) {
        return organisation.name() + " (" + organisation.odsCode() + ")";
    }

    /**
     * The lesson a file's id stands for: one imported with that id, or one of this portal's, which its exports call
     * {@code "<instance id>/<lesson id>"}.
     */
    private Optional<Lesson> existing(String id, String instanceId) {
        Optional<Lesson> imported = lessons.findByExternalId(id);
        String own = instanceId + "/";
        if (imported.isPresent() || !id.startsWith(own)) {
            return imported;
        }
        Optional<Lesson> ours = parseId(id.substring(own.length())).flatMap(lessons::findById)
                .filter(lesson -> lesson.getExternalId() == null);
        if (ours.isEmpty()) {
            throw new RecordRejected(new FieldError("id", "The id names a lesson written in this portal, but the "
                    + "portal has no such lesson."));
        }
        return ours;
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.valueOf(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private OrganisationView organisationFor(ImportCandidate candidate) {
        Optional<OrganisationView> known = organisations.findByOdsCode(candidate.odsCode());
        if (known.isPresent()) {
            return known.get();
        }
        if (candidate.organisationName() == null || candidate.organisationName().isBlank()) {
            throw new RecordRejected(new FieldError("organisation.name", "Give the organisation's name: the portal "
                    + "does not know the ODS code " + candidate.odsCode() + " yet"));
        }
        return organisations.provision(new OrganisationDetails(candidate.odsCode(), candidate.organisationName(),
                null, null, null));
    }

    /** One lesson cannot be stored; its transaction rolls back, the import carries on. */
    static final class RecordRejected extends RuntimeException {
        final FieldError problem;

        RecordRejected(FieldError problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }
}
