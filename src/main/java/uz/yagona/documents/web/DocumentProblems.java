package uz.yagona.documents.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import uz.yagona.documents.AccessRefused;
import uz.yagona.documents.DocumentNotFound;
import uz.yagona.documents.TamperedContent;

/**
 * What reading a document can refuse, wherever a controller reads one (here or in another module): 403 for no
 * right to read, 404 for no such document, and 503 for content that no longer matches its digest, which is the
 * operators' to restore and never the reader's fault. Problem details under {@code /api/}, error pages elsewhere.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DocumentProblems {

    private static final Logger log = LoggerFactory.getLogger(DocumentProblems.class);
    private static final Map<Class<?>, String> TITLES = Map.of(AccessRefused.class, "problem.status.title",
            DocumentNotFound.class, "problem.notFound.title", TamperedContent.class, "problem.status.title");

    private final MessageSource messages;

    DocumentProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(AccessRefused.class)
    @Nullable ResponseEntity<ProblemDetail> refused(AccessRefused ex, HttpServletRequest request,
            HttpServletResponse response, Locale locale) throws IOException {
        return problem(ex, HttpStatus.FORBIDDEN, "documents.access.refused", request, response, locale);
    }

    @ExceptionHandler(DocumentNotFound.class)
    @Nullable ResponseEntity<ProblemDetail> notFound(DocumentNotFound ex, HttpServletRequest request,
            HttpServletResponse response, Locale locale) throws IOException {
        return problem(ex, HttpStatus.NOT_FOUND, "documents.notFound", request, response, locale);
    }

    @ExceptionHandler(TamperedContent.class)
    @Nullable ResponseEntity<ProblemDetail> tampered(TamperedContent ex, HttpServletRequest request,
            HttpServletResponse response, Locale locale) throws IOException {
        log.error("{} {}: stored content failed its digest check", request.getMethod(), request.getRequestURI(), ex);
        return problem(ex, HttpStatus.SERVICE_UNAVAILABLE, "documents.content.tampered", request, response, locale);
    }

    private @Nullable ResponseEntity<ProblemDetail> problem(Exception ex, HttpStatus status, String rule,
            HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        if (!request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/")) {
            response.sendError(status.value());
            return null;
        }
        var message = messages.getMessage(rule, null, locale);
        var problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:yagona:problem:" + rule));
        problem.setTitle(messages.getMessage(TITLES.get(ex.getClass()), null, locale));
        problem.setDetail(message);
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", List.of(Map.of("rule", rule, "message", message)));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
