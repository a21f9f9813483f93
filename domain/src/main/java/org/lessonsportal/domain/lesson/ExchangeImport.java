package org.lessonsportal.domain.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.lesson.ImportReport.Imported;
import org.lessonsportal.domain.lesson.ImportReport.Outcome;
import org.lessonsportal.domain.lesson.ImportReport.Rejected;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One import run for {@link LessonExchangeService}: checks the whole file first (a one-shot upload is copied to a
 * temporary file while it is checked), then reads it lesson by lesson (JSON or a CSV spreadsheet) and has
 * {@link ImportedLessons} store each in its own transaction, noting every rejected lesson with its problems. The
 * service keeps who may import and the transaction boundaries; this class the reading and the report.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ExchangeImport {

    // the service's logger, so the import's lines keep the name operators know
    private static final Logger log = LoggerFactory.getLogger(LessonExchangeService.class);

    private final ImportedLessons stored;
    private final Clock clock;
    private final TransactionTemplate perLesson;
    private final long maxFileSize;
    private final Supplier<String> instanceId;

    ImportReport run(Resource source, Importer importer, ImportProgress progress, boolean spreadsheet) {
        instanceId.get(); // made now, not inside the first lesson's transaction
        Path spooled = null;
        try {
            Resource file = source;
            int total;
            if (source.isOpen()) {
                // A one-shot stream (an upload): check it while keeping a copy to read the lessons from afterwards.
                spooled = Files.createTempFile("lessons-import-", ".json");
                try (OutputStream copy = Files.newOutputStream(spooled)) {
                    total = count(ExchangeReader.copying(open(source), copy), spreadsheet);
                }
                file = new FileSystemResource(spooled);
            } else {
                if (source.isFile() || source instanceof ByteArrayResource) {
                    long size = source.contentLength();
                    if (size > maxFileSize) {
                        throw new ExchangeFileException("This file is " + ExchangeReader.describeSize(size)
                                + ", which is more than the " + ExchangeReader.describeSize(maxFileSize)
                                + " the portal accepts. Split it into smaller files and import them one by one.");
                    }
                }
                total = count(open(file), spreadsheet);
            }
            progress.update(0, total);
            LocalDate today = LocalDate.now(clock.withZone(LessonService.NHS_ZONE));
            List<Imported> imported = new ArrayList<>();
            List<Rejected> rejected = new ArrayList<>();
            if (spreadsheet) {
                SpreadsheetReader.forEachLesson(open(file), maxFileSize, (index, row, node, problems) -> {
                    importOne(index, row, ExchangeRecords.read(node, today), problems, importer, today, imported,
                            rejected);
                    progress.update(index + 1, total);
                });
            } else {
                ExchangeReader.forEachLesson(open(file), maxFileSize, (index, node) -> {
                    importOne(index, null, ExchangeRecords.read(node, today), List.of(), importer, today, imported,
                            rejected);
                    progress.update(index + 1, total);
                });
            }
            log.info("Imported lessons: {} created, {} updated, {} unchanged, {} rejected", count(imported,
                    Outcome.CREATED), count(imported, Outcome.UPDATED), count(imported, Outcome.UNCHANGED),
                    rejected.size());
            return new ImportReport(total, imported, rejected);
        } catch (IOException e) {
            throw new ExchangeFileException("The portal could not read this file. Try uploading it again.", e);
        } finally {
            if (spooled != null) {
                try {
                    Files.deleteIfExists(spooled);
                } catch (IOException e) {
                    log.warn("Could not delete the temporary import file {}", spooled, e);
                }
            }
        }
    }

    private int count(InputStream in, boolean spreadsheet) {
        return spreadsheet ? SpreadsheetReader.count(in, maxFileSize) : ExchangeReader.count(in, maxFileSize);
    }

    /** Stores one lesson, or notes it as rejected with every problem (the file's own ones first). */
    private void importOne(int index, Integer row, ImportCandidate candidate, List<FieldError> fileProblems,
            Importer importer, LocalDate today, List<Imported> imported, List<Rejected> rejected) {
        if (candidate.isValid() && fileProblems.isEmpty()) {
            store(index, row, candidate, importer, today, imported, rejected);
        } else {
            List<FieldError> problems = new ArrayList<>(fileProblems);
            problems.addAll(candidate.problems());
            rejected.add(new Rejected(index, candidate.externalId(), candidate.title(), problems, row));
        }
    }

    private void store(int index, Integer row, ImportCandidate candidate, Importer importer, LocalDate today,
            List<Imported> imported, List<Rejected> rejected) {
        try {
            imported.add(perLesson.execute(status -> stored.store(index, candidate, importer, today,
                    instanceId.get())));
        } catch (ImportedLessons.RecordRejected e) {
            rejected.add(new Rejected(index, candidate.externalId(), candidate.title(), List.of(e.problem), row));
        } catch (DataIntegrityViolationException e) {
            log.warn("Lesson {} of an import could not be stored", index, e);
            rejected.add(new Rejected(index, candidate.externalId(), candidate.title(), List.of(new FieldError(
                    "id", "Another lesson with this id was stored at the same moment. Import the file again.")), row));
        } catch (DomainException e) {
            rejected.add(new Rejected(index, candidate.externalId(), candidate.title(),
                    List.of(new FieldError("", e.getMessage())), row));
        } catch (RuntimeException e) {
            log.error("Lesson {} of an import could not be stored", index, e);
            rejected.add(new Rejected(index, candidate.externalId(), candidate.title(), List.of(new FieldError("",
                    "The portal could not store this lesson because of an unexpected error, so nothing from it was "
                            + "saved. The other lessons are not affected.")), row));
        }
    }

    private static InputStream open(Resource file) {
        try {
            return file.getInputStream();
        } catch (IOException e) {
            throw new ExchangeFileException("The portal could not open this file. Try uploading it again.", e);
        }
    }

    private static long count(List<Imported> imported, Outcome outcome) {
        return imported.stream().filter(i -> i.outcome() == outcome).count();
    }
}
