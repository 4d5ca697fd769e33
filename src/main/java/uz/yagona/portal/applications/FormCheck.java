package uz.yagona.portal.applications;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import uz.yagona.portal.PublicService;
import uz.yagona.portal.PublicService.FormField;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;

/**
 * Checks the typed answers of a form against the service's fields: required, length, type (date, number, PINFL,
 * choice) and pattern. Files are checked where they are stored, against their sniffed type. Unknown names are
 * dropped: an application keeps only what its service asks.
 */
final class FormCheck {

    static final int MAX_TEXT = 500;
    static final int MAX_LONG_TEXT = 4000;

    private FormCheck() {
    }

    /** The answers to keep, stripped; throws {@link InvalidAnswers} naming every broken field. */
    static Map<String, String> answers(PublicService service, Map<String, String> typed) {
        var kept = new LinkedHashMap<String, String>();
        var broken = new LinkedHashMap<String, InvalidAnswers.Broken>();
        for (var field : service.fields()) {
            if (field.type() == FormField.Type.FILE) {
                continue;
            }
            var value = typed.getOrDefault(field.name(), "").strip();
            var problem = problem(field, value);
            if (problem != null) {
                broken.put(field.name(), problem);
            } else if (!value.isEmpty()) {
                kept.put(field.name(), field.type() == FormField.Type.PINFL ? Pinfl.parse(value).value() : value);
            }
        }
        if (!broken.isEmpty()) {
            throw new InvalidAnswers(broken);
        }
        return kept;
    }

    static InvalidAnswers.@org.jspecify.annotations.Nullable Broken problem(FormField field, String value) {
        if (value.isEmpty()) {
            return field.required() ? new InvalidAnswers.Broken("applications.field.required") : null;
        }
        int max = field.type() == FormField.Type.LONG_TEXT ? MAX_LONG_TEXT : MAX_TEXT;
        if (value.length() > max) {
            return new InvalidAnswers.Broken("applications.field.tooLong", max);
        }
        switch (field.type()) {
            case DATE -> {
                try {
                    LocalDate.parse(value);
                } catch (DateTimeException e) {
                    return new InvalidAnswers.Broken("applications.field.date");
                }
            }
            case NUMBER -> {
                try {
                    new BigDecimal(value);
                } catch (NumberFormatException e) {
                    return new InvalidAnswers.Broken("applications.field.number");
                }
            }
            case PINFL -> {
                try {
                    Pinfl.parse(value);
                } catch (InvalidValueException e) {
                    return new InvalidAnswers.Broken(e.rule(), e.arguments());
                }
            }
            case CHOICE -> {
                if (field.options().stream().noneMatch(option -> option.value().equals(value))) {
                    return new InvalidAnswers.Broken("applications.field.choice");
                }
            }
            default -> {
                // text: length and pattern only
            }
        }
        if (field.pattern() != null && !matches(field.pattern(), value)) {
            return new InvalidAnswers.Broken("applications.field.pattern");
        }
        return null;
    }

    private static boolean matches(String pattern, String value) {
        try {
            return Pattern.compile(pattern).matcher(value).matches();
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("the catalog's pattern does not compile: " + pattern, e);
        }
    }
}
