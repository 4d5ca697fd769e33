package uz.yagona.enforcement.web;

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
import org.springframework.web.bind.annotation.ExceptionHandler;
import uz.yagona.enforcement.CaseStateConflict;
import uz.yagona.enforcement.WritNotFound;
import uz.yagona.exchange.ExchangeException;
import uz.yagona.exchange.RequestRefused;
import uz.yagona.shared.InvalidValueException;

/**
 * RFC 9457 problems of the enforcement API in the caller's language: a broken rule names the field of the request
 * it came from, an unknown writ or case is a 404, acting outside one's court or district a 403. The enforcement
 * controllers extend it, so that their handlers come before the platform's general ones.
 */
abstract class EnforcementProblems {

    private final MessageSource messages;

    EnforcementProblems(MessageSource messages) {
        this.messages = messages;
    }

    record Error(@Nullable String field, String rule, String message) {
    }

    /** The caller may not do this here: not staff of the writ's court, not an officer of the case's district. */
    static final class Forbidden extends RuntimeException {
        final String rule;
        final Object[] arguments;

        Forbidden(String rule, Object... arguments) {
            super(rule);
            this.rule = rule;
            this.arguments = arguments.clone();
        }
    }

    /** Nothing with this number, or nothing the caller may see: the same answer, so numbers cannot be probed. */
    static final class NotFound extends RuntimeException {
        final String number;

        NotFound(String number) {
            super("No " + number);
            this.number = number;
        }
    }

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidValueException ex, HttpServletRequest request, Locale locale) {
        var field = switch (ex.rule()) {
            case "enforcement.decision.number" -> "decisionNumber";
            case "enforcement.decision.date" -> "decisionDate";
            case "enforcement.amount.positive", "enforcement.amount.nonMonetary", "money.overflow" -> "amount";
            case "enforcement.obligation.required", "enforcement.obligation.monetary" -> "obligation";
            case "enforcement.debtor.unknown", "enforcement.debtor.invalid" -> "debtor";
            case "enforcement.creditor.invalid" -> "creditor";
            case "enforcement.debtor.district", "soato.format" -> "debtorDistrict";
            case "enforcement.writ.number", "enforcement.case.number", "enforcement.case.unknown",
                    "enforcement.measures.notOpen", "enforcement.measures.voluntaryPeriod" -> "number";
            case "enforcement.signature.invalid", "enforcement.writ.signed" -> "signature";
            case "signature.pin.wrong", "signature.pin.locked", "signature.pin.format" -> "pin";
            case "enforcement.deduction.period", "enforcement.deduction.period.range",
                    "enforcement.deduction.period.reported" -> "period";
            case "enforcement.deduction.amount", "enforcement.deduction.amount.positive", "money.format",
                    "enforcement.deduction.overDebt", "enforcement.deduction.overShare" -> "amount";
            case "enforcement.deduction.payrollReference", "enforcement.deduction.payrollReference.used" ->
                    "payrollReference";
            case "enforcement.deduction.lifted", "enforcement.deduction.unknown" -> "id";
            default -> ex.rule().startsWith("signature.") ? "keySerial" : actionField(ex.rule());
        };
        return problem(HttpStatus.BAD_REQUEST, "problem.validation.title", field, ex.rule(), ex.arguments(), request,
                locale);
    }

    /** Officers' actions and appeals name their field last: {@code enforcement.action.reason} is {@code reason}. */
    private static @Nullable String actionField(String rule) {
        if (rule.equals("enforcement.appeal.unknown")) {
            return "appeal";
        }
        if (rule.startsWith("enforcement.action.") || rule.startsWith("enforcement.appeal.")) {
            return rule.substring(rule.lastIndexOf('.') + 1);
        }
        return null;
    }

    /** The case or appeal is not in a state that allows this: a 409, nothing changed. */
    @ExceptionHandler(CaseStateConflict.class)
    ResponseEntity<ProblemDetail> conflict(CaseStateConflict ex, HttpServletRequest request, Locale locale) {
        return problem(HttpStatus.CONFLICT, "enforcement.problem.conflict.title", "number", ex.rule(),
                ex.arguments(), request, locale);
    }

    /** The exchange did not serve a measure (refused by its policy, subject unknown): nothing was changed. */
    @ExceptionHandler(ExchangeException.class)
    ResponseEntity<ProblemDetail> exchange(ExchangeException ex, HttpServletRequest request, Locale locale) {
        var status = ex instanceof RequestRefused ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
        return problem(status, "problem.validation.title", null, ex.rule(), ex.arguments(), request, locale);
    }

    @ExceptionHandler(WritNotFound.class)
    ResponseEntity<ProblemDetail> unknownWrit(WritNotFound ex, HttpServletRequest request, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "problem.notFound.title", null, "enforcement.notFound",
                new Object[] {ex.number()}, request, locale);
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> unknown(NotFound ex, HttpServletRequest request, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "problem.notFound.title", null, "enforcement.notFound",
                new Object[] {ex.number}, request, locale);
    }

    @ExceptionHandler(Forbidden.class)
    ResponseEntity<ProblemDetail> forbidden(Forbidden ex, HttpServletRequest request, Locale locale) {
        return problem(HttpStatus.FORBIDDEN, "enforcement.problem.forbidden.title", null, ex.rule, ex.arguments,
                request, locale);
    }

    ResponseEntity<ProblemDetail> problem(HttpStatus status, String titleKey, @Nullable String field,
            String rule, Object[] arguments, HttpServletRequest request, Locale locale) {
        var message = messages.getMessage(rule, arguments, rule, locale);
        var problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:yagona:problem:" + rule));
        problem.setTitle(messages.getMessage(titleKey, null, locale));
        problem.setDetail(message);
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", List.of(new Error(field, rule, message)));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
