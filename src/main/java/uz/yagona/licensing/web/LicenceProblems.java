package uz.yagona.licensing.web;

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
import org.springframework.stereotype.Component;

/** RFC 9457 problems of the licensing API with the rule's message in the caller's language. */
@Component
class LicenceProblems {

    private final MessageSource messages;

    LicenceProblems(MessageSource messages) {
        this.messages = messages;
    }

    record Error(@Nullable String field, String rule, String message) {
    }

    ResponseEntity<ProblemDetail> problem(HttpStatus status, String titleKey, @Nullable String field, String rule,
            Object[] arguments, HttpServletRequest request, Locale locale) {
        var message = messages.getMessage(rule, arguments, locale);
        var problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:yagona:problem:" + rule));
        problem.setTitle(messages.getMessage(titleKey, null, locale));
        problem.setDetail(message);
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", List.of(new Error(field, rule, message)));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
