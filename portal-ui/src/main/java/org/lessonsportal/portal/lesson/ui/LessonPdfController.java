package org.lessonsportal.portal.lesson.ui;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.identity.CurrentUser;
import org.lessonsportal.identity.CurrentUserService;
import org.lessonsportal.identity.PublicAddress;
import org.lessonsportal.portal.base.ui.Names;
import org.lessonsportal.portal.base.ui.PortalRoutes;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /lessons/42.pdf}: the PDF of a published lesson ({@link LessonPdf}), for whoever may read the lesson's page.
 * The portal's sign-in protects the address like the page (someone not signed in is sent to sign in first, then gets
 * the file); {@link LessonService#get} applies the lesson policy; and only a published lesson has a PDF, so a draft or
 * a lesson in review is never taken away as if it were finished. Refusals are short pages in plain English.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LessonPdfController {

    /** The PDF's address for a lesson, relative like the portal's other addresses. */
    static String address(Long lessonId) {
        return PortalRoutes.lesson(lessonId) + ".pdf";
    }

    private final LessonService lessons;
    private final OrganisationService organisations;
    private final CurrentUserService currentUsers;
    private final PublicAddress address;

    @GetMapping("/lessons/{id:\\d{1,18}}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        Optional<CurrentUser> user = currentUsers.current();
        if (user.isEmpty()) {
            return refusal(HttpStatus.FORBIDDEN, id, "Sign in to the Lessons Portal to download lessons.");
        }
        LessonDetails lesson;
        try {
            lesson = lessons.get(id, user.get().actor());
        } catch (NotFoundException notFound) {
            return refusal(HttpStatus.NOT_FOUND, id, notFound.getMessage());
        } catch (NotAllowedException notAllowed) {
            return refusal(HttpStatus.FORBIDDEN, id, notAllowed.getMessage());
        }
        if (lesson.state() != LessonState.PUBLISHED) {
            return refusal(HttpStatus.NOT_FOUND, id, "Only published lessons can be downloaded as a PDF. This lesson "
                    + "is not published" + (lesson.state() == LessonState.ARCHIVED ? " any more." : " yet."));
        }
        String page = address.of(PortalRoutes.lesson(id));
        byte[] pdf = LessonPdf.render(new LessonPdf.Source(lesson,
                new Names(organisations).organisation(lesson.organisationId()), page));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName(lesson)).build().toString())
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(pdf);
    }

    /** "lesson-42-one-patient-record-in-a-weekend.pdf": the id keeps names apart, the title says what it is. */
    static String fileName(LessonDetails lesson) {
        String title = lesson.title() == null ? "" : Normalizer.normalize(lesson.title(), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-");
        title = title.replaceAll("^-+|-+$", "");
        if (title.length() > 60) {
            title = title.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return "lesson-" + lesson.id() + (title.isEmpty() ? "" : "-" + title) + ".pdf";
    }

    private ResponseEntity<byte[]> refusal(HttpStatus status, long id, String message) {
        String root = address.of("/");
        String html = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\">"
                + "<title>No PDF of this lesson - Lessons Portal</title></head><body>"
                + "<h1>No PDF of this lesson</h1><p>" + LessonPdf.escape(message) + "</p>"
                + "<p><a href=\"" + LessonPdf.escape(root + PortalRoutes.lesson(id)) + "\">Go to the lesson's page</a>"
                + " or <a href=\"" + LessonPdf.escape(root + PortalRoutes.SEARCH) + "\">find lessons</a>.</p>"
                + "</body></html>";
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore()).body(html.getBytes(StandardCharsets.UTF_8));
    }
}
