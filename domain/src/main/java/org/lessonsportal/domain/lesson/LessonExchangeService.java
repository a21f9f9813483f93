package org.lessonsportal.domain.lesson;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.lessonsportal.domain.organisation.OrganisationView;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.ApiClient;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.Roles;
import org.springframework.core.io.Resource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Import and export of lessons as {@code lessons-exchange/1} JSON documents:
 * <pre>{"format": "lessons-exchange/1", "lessons": [ {…}, … ]}</pre>
 * <p>
 * Import first reads the whole file as a stream to check its structure (one clear {@link ExchangeFileException} and
 * no change at all if it is not a valid document or is larger than {@link ExchangeSettings#maxFileSize()}, 20 MB by
 * default), then stores each lesson in its own transaction: a rejected lesson never undoes the others. Each lesson
 * must pass the submission rules and the patient-data check; it is stored as {@link LessonState#PUBLISHED}
 * (published on the file's {@code publishedOn}, or the import date). Lessons with an {@code id} are matched by it, so
 * importing again updates rather than duplicates; lessons without an {@code id} are always created. A lesson written
 * in this portal is never changed by an import, and an API client never moves a lesson to another organisation (see
 * {@link ImportedLessons}). Unknown organisations are created from the file's ODS code and name; known ones are left
 * as they are. The audit trail names who imported: the administrator, the API client, or the portal itself.
 * <p>
 * Spreadsheets saved as CSV ({@link #importSpreadsheet}) are read by {@link SpreadsheetReader}: each row becomes the
 * object a JSON file holds for a lesson and goes through exactly the same checks and storing.
 * <p>
 * Export writes the published lessons in the same format, with a stable key order, so exporting, importing into an
 * empty portal and exporting again gives the same document.
 * <p>
 * This class keeps who may import or export and the transaction boundaries; reading a file and reporting on it is
 * {@link ExchangeImport}'s job, storing each lesson {@link ImportedLessons}'s.
 */
@Service
public class LessonExchangeService {

    private static final int EXPORT_PAGE = 100;

    private final LessonRepository lessons;
    private final PortalInstanceRepository instances;
    private volatile String instanceId;
    private final OrganisationService organisations;
    private final Clock clock;
    private final TransactionTemplate perLesson;
    private final TransactionTemplate readOnly;
    private final ExchangeImport imports;
    private final ReuseCounts reuseCounts;

    LessonExchangeService(LessonRepository lessons, PortalInstanceRepository instances,
            OrganisationService organisations, ImportedLessons stored, Clock clock,
            PlatformTransactionManager transactions, ExchangeSettings settings, ReuseCounts reuseCounts) {
        this.lessons = lessons;
        this.reuseCounts = reuseCounts;
        this.instances = instances;
        this.organisations = organisations;
        this.clock = clock;
        this.perLesson = new TransactionTemplate(transactions);
        this.perLesson.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.imports = new ExchangeImport(stored, clock, perLesson, settings.maxFileBytes(), this::instanceId);
    }

    /**
     * Imports a file on behalf of an administrator (recorded in the audit trail).
     *
     * @param file     the uploaded file; read twice, so a one-shot stream is first copied to a temporary file
     * @param progress told after each lesson
     * @throws ExchangeFileException when the file as a whole cannot be read; nothing is imported then
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ImportReport importLessons(Resource file, Actor admin, ImportProgress progress) {
        return imports.run(file, Importer.person(admin), progress, false);
    }

    /**
     * Imports a spreadsheet of lessons saved as CSV (UTF-8): a row of headings (the labels people see, such as
     * "Organisation code", "Title", "Challenge 1: what happened"), then one lesson a row. Each row is checked and
     * stored exactly as a lesson of a JSON file; the report gives each lesson's row.
     *
     * @throws ExchangeFileException when the file as a whole cannot be read; nothing is imported then
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ImportReport importSpreadsheet(Resource file, Actor admin, ImportProgress progress) {
        return imports.run(file, Importer.person(admin), progress, true);
    }

    /**
     * Imports a file for a program calling the API, named in the audit trail by its client id. The client must hold
     * {@code api-import}: checked here as well as by the API's security rules. Unlike a person's import, it never
     * moves a lesson to another organisation (see {@link ImportedLessons}).
     *
     * @throws NotAllowedException when the client may not import
     */
    @PreAuthorize("hasRole('" + Roles.API_IMPORT + "')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ImportReport importForClient(Resource file, ApiClient client, ImportProgress progress) {
        if (!client.hasRole(Roles.API_IMPORT)) {
            throw new NotAllowedException("The API client " + client.clientId() + " may not import lessons: it "
                    + "needs the role " + Roles.API_IMPORT + ".");
        }
        return imports.run(file, Importer.client(client), progress, false);
    }

    /**
     * Imports a file as the portal itself, without a signed-in user: for the command line ({@code ./portal import
     * FILE}) and scheduled jobs only. Never call it on behalf of a person ({@link #importLessons}) or an API client
     * ({@link #importForClient}): the audit trail would name no one.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ImportReport importAsSystem(Resource file, ImportProgress progress) {
        return imports.run(file, Importer.person(Actor.SYSTEM), progress, false);
    }

    /** {@link #importSpreadsheet} as the portal itself: for the command line only. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ImportReport importSpreadsheetAsSystem(Resource file, ImportProgress progress) {
        return imports.run(file, Importer.person(Actor.SYSTEM), progress, true);
    }

    /** Writes published lessons for an administrator or an API client with read access. */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.API_READ + "')")
    public void exportPublished(OutputStream out, ExportScope scope) {
        write(out, scope);
    }

    /**
     * Writes one published lesson in the exchange shape, with the portal's {@code id} and the source's
     * {@code externalId}: for the API.
     *
     * @throws NotFoundException when there is no published lesson with that id
     */
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.API_READ + "')")
    public void writePublishedLesson(Long lessonId, OutputStream out) {
        readOnly.executeWithoutResult(status -> {
            Lesson lesson = lessons.findById(lessonId).filter(l -> l.getState() == LessonState.PUBLISHED)
                    .orElseThrow(() -> new NotFoundException("There is no published lesson " + lessonId + "."));
            try (ExchangeWriter writer = new ExchangeWriter(out)) {
                writer.write(lesson, organisations.get(lesson.getOrganisationId()), lesson.getBuildsOnId(),
                        reuseCounts.counts(List.of(lesson.getId())).getOrDefault(lesson.getId(), 0L));
            } catch (IOException e) {
                throw new UncheckedIOException("The lesson could not be written", e);
            }
        });
    }

    /** Writes published lessons as the portal itself: for the command line only. */
    public void exportAsSystem(OutputStream out, ExportScope scope) {
        write(out, scope);
    }

    /** This portal's id in exchange files, made on first use. */
    String instanceId() {
        String id = instanceId;
        if (id == null) {
            try {
                id = ownInstance();
            } catch (DataIntegrityViolationException e) {
                id = ownInstance(); // made at the same moment by another thread: read theirs
            }
            instanceId = id;
        }
        return id;
    }

    private String ownInstance() {
        return perLesson.execute(status -> instances.findById(PortalInstance.SINGLETON)
                .orElseGet(() -> instances.saveAndFlush(new PortalInstance(PortalInstance.newId(), clock.instant())))
                .getInstanceId());
    }

    // -------------------------------------------------------------------------------------------------- export

    private void write(OutputStream out, ExportScope scope) {
        String instance = instanceId();
        readOnly.executeWithoutResult(status -> {
            Map<Long, OrganisationView> known = new HashMap<>();
            try (ExchangeWriter writer = new ExchangeWriter(out, instance)) {
                long after = 0;
                List<Lesson> page;
                do {
                    page = scope.isAll()
                            ? lessons.findPage(LessonState.PUBLISHED, after, PageRequest.of(0, EXPORT_PAGE))
                            : lessons.findPage(LessonState.PUBLISHED, after, scope.organisationIds(),
                                    PageRequest.of(0, EXPORT_PAGE));
                    Map<Long, Long> reused = reuseCounts.counts(page.stream().map(Lesson::getId).toList());
                    Map<Long, String> bases = exportIds(page.stream().map(Lesson::getBuildsOnId)
                            .filter(Objects::nonNull).collect(Collectors.toSet()), instance);
                    for (Lesson lesson : page) {
                        writer.write(lesson, known.computeIfAbsent(lesson.getOrganisationId(), organisations::get),
                                bases.get(lesson.getBuildsOnId()), reused.getOrDefault(lesson.getId(), 0L));
                        after = lesson.getId();
                    }
                } while (page.size() == EXPORT_PAGE);
            } catch (IOException e) {
                throw new UncheckedIOException("The export could not be written", e);
            }
        });
    }

    /** The ids in exchange files of these lessons: their external id, or this portal's id and theirs. */
    private Map<Long, String> exportIds(Set<Long> lessonIds, String instance) {
        Map<Long, String> ids = new HashMap<>();
        lessons.findAllById(lessonIds).forEach(l -> ids.put(l.getId(),
                l.getExternalId() != null ? l.getExternalId() : instance + "/" + l.getId()));
        return ids;
    }
}
