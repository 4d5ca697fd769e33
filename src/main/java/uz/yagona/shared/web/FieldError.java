package uz.yagona.shared.web;

import org.jspecify.annotations.Nullable;

/**
 * One broken rule in a problem detail's {@code errors} array: the field (a JSON property path or a
 * parameter name; null when the rule broke outside any field), the rule (a constraint name such as
 * {@code NotBlank} or a message key such as {@code pinfl.checkDigit}) and the message in the client's language.
 */
public record FieldError(@Nullable String field, String rule, String message) {
}
