package uz.yagona.exchange.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import uz.yagona.exchange.ExchangeException;
import uz.yagona.exchange.RequestRefused;
import uz.yagona.exchange.RequestRejected;

/** RFC 9457 problems of the exchange, in the caller's language, with the access-log request id where there is one. */
final class ExchangeProblems {

    private static final String TYPES = "urn:yagona:problem:exchange:";

    private final MessageSource messages;

    ExchangeProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** One broken rule, as every API problem of the platform lists them. */
    record Error(@Nullable String field, String rule, String message) {
    }

    ResponseEntity<ProblemDetail> notServed(ExchangeException ex, HttpServletRequest request, Locale locale) {
        var status = switch (ex) {
            case RequestRejected rejected -> HttpStatus.BAD_REQUEST;
            case RequestRefused refused -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.NOT_FOUND;
        };
        var field = ex instanceof RequestRejected rejected ? rejected.field() : null;
        var response = problem(status, ex.rule(), field, ex.arguments(), request, locale);
        response.getBody().setProperty("requestId", ex.requestId().toString());
        response.getBody().setProperty("outcome", ex.outcome().name());
        return response;
    }

    ResponseEntity<ProblemDetail> problem(HttpStatus status, String rule, @Nullable String field,
            Object @Nullable [] arguments, HttpServletRequest request, Locale locale) {
        var message = messages.getMessage(rule, arguments, rule, locale);
        var problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPES + rule));
        problem.setTitle(messages.getMessage("exchange.problem." + status.value(), null, status.getReasonPhrase(),
                locale));
        problem.setDetail(message);
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", List.of(new Error(field, rule, message)));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
