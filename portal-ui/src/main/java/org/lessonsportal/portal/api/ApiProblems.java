package org.lessonsportal.portal.api;

import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.portal.base.ui.ErrorReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every API error as RFC 9457 problem details, in plain English: bad parameters 400, unknown lessons 404, a missing
 * role 403, an import body over the limit 413. Anything unexpected is 500 with a reference to quote; details go to
 * the log, never to the client.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    /** Any other address under /api/ is a 404 problem, not the portal's web page. */
    @RestController
    static class UnknownApiPath {

        @RequestMapping("/api/**")
        ProblemDetail unknown() {
            return problem(HttpStatus.NOT_FOUND, "Not found",
                    "There is nothing at this address. See /api/openapi.json.");
        }
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noSuchPath(NoResourceFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "There is nothing at this address. See /api/openapi.json.");
    }

    @ExceptionHandler(NotAllowedException.class)
    ProblemDetail notAllowed(NotAllowedException e) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage());
    }

    @ExceptionHandler(ImportTooLargeException.class)
    ProblemDetail tooLarge(ImportTooLargeException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Too large", e.getMessage());
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail refused(DomainException e) {
        return problem(HttpStatus.BAD_REQUEST, "Request not accepted", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongType(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad parameter",
                "The parameter '" + e.getName() + "' has a value the portal cannot use: '" + e.getValue() + "'.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "Missing parameter",
                "The parameter '" + e.getParameterName() + "' is needed.");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegal(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad parameter", e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "Unreadable request", "The request body could not be read.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type",
                "Send the request body as application/json.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
                "This address does not accept " + e.getMethod() + " requests.");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", "Your token does not carry the role this request needs.");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String reference = ErrorReference.next();
        log.error("Unexpected API error, reference {}", reference, e);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
                "The portal could not answer this request. If it keeps happening, quote reference " + reference + ".");
        problem.setProperty("reference", reference);
        return problem;
    }
}
