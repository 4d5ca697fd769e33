package uz.yagona.shared.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.BindException;
import org.springframework.validation.ObjectError;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import tools.jackson.core.JacksonException;
import uz.yagona.shared.InvalidValueException;

/** Reads the broken rules out of the validation failures of every kind, with messages in the client's language. */
class BrokenRules {

    private final MessageSource messages;

    BrokenRules(MessageSource messages) {
        this.messages = messages;
    }

    /** Bean validation of a request body or form; MethodArgumentNotValidException is a BindException. */
    List<FieldError> of(BindException ex, Locale locale) {
        var errors = new ArrayList<FieldError>();
        for (ObjectError error : ex.getBindingResult().getAllErrors()) {
            var field = error instanceof org.springframework.validation.FieldError fieldError
                    ? fieldError.getField() : null;
            errors.add(new FieldError(field, rule(error), message(error, locale)));
        }
        return errors;
    }

    /** Constraints on a controller method's parameters, checked by Spring MVC itself. */
    List<FieldError> of(HandlerMethodValidationException ex, Locale locale) {
        var errors = new ArrayList<FieldError>();
        for (var result : ex.getParameterValidationResults()) {
            var parameter = result.getMethodParameter().getParameterName();
            for (var error : result.getResolvableErrors()) {
                var field = error instanceof org.springframework.validation.FieldError fieldError
                        ? fieldError.getField() : parameter;
                errors.add(new FieldError(field, rule(error), message(error, locale)));
            }
        }
        return errors;
    }

    /** Constraints checked by a {@code @Validated} service or by hand. */
    List<FieldError> of(ConstraintViolationException ex, Locale locale) {
        var violations = ex.getConstraintViolations() == null
                ? List.<ConstraintViolation<?>>of() : List.copyOf(ex.getConstraintViolations());
        return violations.stream().map(violation -> violation(violation, locale)).toList();
    }

    /** A value type's own rule; the field is known only where the value came from, if at all. */
    FieldError of(@Nullable String field, InvalidValueException ex, Locale locale) {
        var fallback = ex.getMessage() == null ? ex.rule() : ex.getMessage();
        return new FieldError(field, ex.rule(), messages.getMessage(ex.rule(), ex.arguments(), fallback, locale));
    }

    private FieldError violation(ConstraintViolation<?> violation, Locale locale) {
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            field = node.getName();
        }
        var descriptor = violation.getConstraintDescriptor();
        var rule = descriptor == null ? "invalid" : descriptor.getAnnotation().annotationType().getSimpleName();
        // the same arguments Spring's validator adapter gives: the field, then the attributes by name
        var attributes = new TreeMap<String, Object>(descriptor == null ? Map.of() : descriptor.getAttributes());
        attributes.keySet().removeAll(List.of("message", "groups", "payload"));
        var arguments = Stream.concat(Stream.of((Object) String.valueOf(field)), attributes.values().stream())
                .toArray();
        var message = messages.getMessage(rule, arguments, violation.getMessage(), locale);
        return new FieldError(field, rule, message == null ? rule : message);
    }

    private String message(MessageSourceResolvable error, Locale locale) {
        return messages.getMessage(error, locale);
    }

    // the most general code of a validation error is the constraint's name, e.g. NotBlank
    private static String rule(MessageSourceResolvable error) {
        var codes = error.getCodes();
        return codes == null || codes.length == 0 ? "invalid" : codes[codes.length - 1];
    }

    /** Where in the JSON body reading failed, such as {@code applicant.region} or {@code items[2].code}. */
    static @Nullable String jsonPath(Throwable ex) {
        var jackson = cause(ex, JacksonException.class);
        if (jackson == null || jackson.getPath().isEmpty()) {
            return null;
        }
        var path = new StringBuilder();
        for (var reference : jackson.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /** The exception itself or its nearest cause of the type: frameworks wrap what a value type threw. */
    static <T extends Throwable> @Nullable T cause(Throwable ex, Class<T> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
