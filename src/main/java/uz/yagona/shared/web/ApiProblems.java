package uz.yagona.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import uz.yagona.shared.InvalidValueException;

/**
 * Turns every failure of a request under {@code /api/} into an RFC 9457 {@code application/problem+json}
 * answer in the client's language, naming each broken field and rule. Other requests are pages for people:
 * their exceptions are rethrown so that Spring Boot renders the localized error page instead, and an
 * {@link InvalidValueException} that a page did not handle becomes the 400 page rather than a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private static final String TYPES = "urn:yagona:problem:";

    private final MessageSource messages;
    private final BrokenRules rules;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
        this.rules = new BrokenRules(messages);
    }

    @ExceptionHandler(BindException.class) // MethodArgumentNotValidException is one
    ResponseEntity<ProblemDetail> invalidBody(BindException ex, HttpServletRequest request, Locale locale)
            throws BindException {
        onlyForApi(request, ex);
        return invalid(rules.of(ex, locale), request, locale);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex,
            HttpServletRequest request, Locale locale) throws HandlerMethodValidationException {
        onlyForApi(request, ex);
        return invalid(rules.of(ex, locale), request, locale);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> violatedConstraints(ConstraintViolationException ex, HttpServletRequest request,
            Locale locale) throws ConstraintViolationException {
        onlyForApi(request, ex);
        return invalid(rules.of(ex, locale), request, locale);
    }

    @ExceptionHandler(InvalidValueException.class)
    @Nullable ResponseEntity<ProblemDetail> invalidValue(InvalidValueException ex, HttpServletRequest request,
            HttpServletResponse response, Locale locale) throws IOException {
        if (!isApi(request)) {
            // bad input on a page is the person's mistake, not a failure of ours: the 400 error page, not a 500
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return null;
        }
        return invalid(List.of(rules.of(null, ex, locale)), request, locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException ex, HttpServletRequest request,
            Locale locale) {
        onlyForApi(request, ex);
        var field = BrokenRules.jsonPath(ex);
        var invalidValue = BrokenRules.cause(ex, InvalidValueException.class);
        if (invalidValue != null) {
            // a value type refused the value while the body was read: that is a broken rule, not bad JSON
            return invalid(List.of(rules.of(field, invalidValue, locale)), request, locale);
        }
        var error = new FieldError(field, "json.malformed", text("json.malformed", locale));
        return problem(HttpStatus.BAD_REQUEST, "malformed-body", "problem.malformed", new Object[0], List.of(error),
                request, locale, HttpHeaders.EMPTY);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongParameterType(MethodArgumentTypeMismatchException ex,
            HttpServletRequest request, Locale locale) {
        onlyForApi(request, ex);
        var invalidValue = BrokenRules.cause(ex, InvalidValueException.class);
        var error = invalidValue != null
                ? rules.of(ex.getName(), invalidValue, locale)
                : new FieldError(ex.getName(), "typeMismatch", text("typeMismatch", locale));
        return invalid(List.of(error), request, locale);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingRequestHeaderException.class,
        MissingServletRequestPartException.class})
    ResponseEntity<ProblemDetail> missingParameter(Exception ex, HttpServletRequest request, Locale locale)
            throws Exception {
        onlyForApi(request, ex);
        var name = switch (ex) {
            case MissingServletRequestParameterException missing -> missing.getParameterName();
            case MissingRequestHeaderException missing -> missing.getHeaderName();
            case MissingServletRequestPartException missing -> missing.getRequestPartName();
            default -> "";
        };
        var error = new FieldError(name, "required", text("required", locale));
        return problem(HttpStatus.BAD_REQUEST, "missing-parameter", "problem.missingParameter", new Object[] {name},
                List.of(error), request, locale, HttpHeaders.EMPTY);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException ex,
            HttpServletRequest request, Locale locale) throws HttpMediaTypeNotSupportedException {
        onlyForApi(request, ex);
        var type = ex.getContentType() == null ? "" : ex.getContentType().toString();
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, null, "problem.mediaType", new Object[] {type}, List.of(),
                request, locale, ex.getHeaders());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException ex,
            HttpServletRequest request, Locale locale) throws HttpRequestMethodNotSupportedException {
        onlyForApi(request, ex);
        return problem(HttpStatus.METHOD_NOT_ALLOWED, null, "problem.method", new Object[] {ex.getMethod()},
                List.of(), request, locale, ex.getHeaders());
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<ProblemDetail> notFound(Exception ex, HttpServletRequest request, Locale locale)
            throws Exception {
        onlyForApi(request, ex);
        return problem(HttpStatus.NOT_FOUND, null, "problem.notFound", new Object[0], List.of(), request, locale,
                HttpHeaders.EMPTY);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request, Locale locale)
            throws Exception {
        onlyForApi(request, ex);
        if (ex instanceof ErrorResponse response) {
            return withStatus(ex, response, request, locale);
        }
        log.error("{} {} failed", request.getMethod(), request.getRequestURI(), ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, null, "problem.internal", new Object[0], List.of(), request,
                locale, HttpHeaders.EMPTY);
    }

    /** ResponseStatusException and every other exception that knows its own HTTP status. */
    private ResponseEntity<ProblemDetail> withStatus(Exception ex, ErrorResponse response,
            HttpServletRequest request, Locale locale) {
        var status = response.getStatusCode();
        if (status.is5xxServerError()) {
            log.error("{} {} failed with {}", request.getMethod(), request.getRequestURI(), status, ex);
        }
        var result = problem(status, null, "problem.status", new Object[] {status.value()}, List.of(), request,
                locale, response.getHeaders());
        // a reason given as a message key is shown in the client's language; free text is not, it may leak
        if (ex instanceof ResponseStatusException statusException && statusException.getReason() != null) {
            var reason = messages.getMessage(statusException.getReason(), null, null, locale);
            if (reason != null && result.getBody() != null) {
                result.getBody().setDetail(reason);
            }
        }
        return result;
    }

    // rethrowing the very exception makes Spring MVC try its other resolvers, which lead to the error page
    private static <E extends Exception> void onlyForApi(HttpServletRequest request, E ex) throws E {
        if (!isApi(request)) {
            throw ex;
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
    }

    private ResponseEntity<ProblemDetail> invalid(List<FieldError> errors, HttpServletRequest request,
            Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "validation", "problem.validation", new Object[0], errors, request,
                locale, HttpHeaders.EMPTY);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatusCode status, @Nullable String type, String key,
            Object[] arguments, List<FieldError> errors, HttpServletRequest request, Locale locale,
            HttpHeaders headers) {
        var problem = ProblemDetail.forStatus(status);
        if (type != null) {
            problem.setType(URI.create(TYPES + type));
        }
        problem.setTitle(text(key + ".title", locale));
        problem.setDetail(messages.getMessage(key + ".detail", arguments, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", errors);
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
