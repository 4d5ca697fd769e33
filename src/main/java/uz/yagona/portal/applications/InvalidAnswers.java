package uz.yagona.portal.applications;

import java.util.LinkedHashMap;
import java.util.Map;
import uz.yagona.shared.InvalidValueException;

/**
 * Fields of an application that break their rules, by field name: the page shows each beside its field, the API
 * names each in the problem's {@code errors}. Nothing of the application is stored.
 */
class InvalidAnswers extends InvalidValueException {

    private final Map<String, Broken> fields;

    InvalidAnswers(Map<String, Broken> fields) {
        super("applications.invalid", "fields break their rules: " + fields.keySet());
        this.fields = new LinkedHashMap<>(fields);
    }

    Map<String, Broken> fields() {
        return java.util.Collections.unmodifiableMap(fields);
    }

    /** One broken rule: a message key of the applications bundle (or another module's rule) and its arguments. */
    record Broken(String rule, Object... arguments) {
    }
}
