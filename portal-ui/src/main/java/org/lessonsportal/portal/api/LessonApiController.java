package org.lessonsportal.portal.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lessonsportal.domain.lesson.ExchangeSettings;
import org.lessonsportal.domain.lesson.ImportProgress;
import org.lessonsportal.domain.lesson.ImportReport;
import org.lessonsportal.domain.lesson.LessonExchangeService;
import org.lessonsportal.domain.shared.ApiClient;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The read-only API's lesson endpoints and the import endpoint (see {@code /api/openapi.json}). Roles are checked by
 * the API's security chain ({@code api-read}, {@code api-import}) and again by the services.
 */
@RestController
class LessonApiController {

    private final LessonExchangeService exchange;
    private final long maxImportBytes;

    LessonApiController(LessonExchangeService exchange, ExchangeSettings settings) {
        this.exchange = exchange;
        this.maxImportBytes = settings.maxFileBytes();
    }

    /** The whole lesson in the {@code lessons-exchange/1} lesson shape, plus {@code id} and {@code publishedOn}. */
    @GetMapping(path = "/api/lessons/{id:\\d{1,18}}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StreamingResponseBody> lesson(@PathVariable long id) {
        // Written to memory first, so an unknown id becomes a 404 problem rather than a half-written body.
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        exchange.writePublishedLesson(id, json);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(out -> json.writeTo(out));
    }

    /**
     * Imports a {@code lessons-exchange/1} document for the calling API client (named in the audit trail); answers
     * with the per-record report. A body larger than {@code lessons.exchange.max-file-size} is refused with 413: by
     * its declared length before anything is read, or as soon as the bytes read pass the limit.
     */
    @PostMapping(path = "/api/import", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ApiImportReport importLessons(InputStream body, HttpServletRequest request, Authentication caller)
            throws IOException {
        ApiClient client = ApiCallers.client(caller);
        if (request.getContentLengthLong() > maxImportBytes) {
            throw new ImportTooLargeException(maxImportBytes);
        }
        Path copy = Files.createTempFile("lessons-import-", ".json");
        try {
            try (OutputStream out = Files.newOutputStream(copy)) {
                byte[] buffer = new byte[64 * 1024];
                long copied = 0;
                int read;
                while ((read = body.read(buffer)) != -1) {
                    copied += read;
                    if (copied > maxImportBytes) {
                        throw new ImportTooLargeException(maxImportBytes);
                    }
                    out.write(buffer, 0, read);
                }
            }
            return ApiImportReport.of(exchange.importForClient(new FileSystemResource(copy), client,
                    ImportProgress.none()));
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** The import report as the API shows it. */
    record ApiImportReport(int total, long created, long updated, long unchanged, List<ImportReport.Imported> imported,
            List<ImportReport.Rejected> rejected) {

        static ApiImportReport of(ImportReport report) {
            return new ApiImportReport(report.total(), report.created(), report.updated(), report.unchanged(),
                    report.imported(), report.rejected());
        }
    }

    @GetMapping(path = "/api/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Resource openApi() {
        return new ClassPathResource("api/openapi.json");
    }
}
