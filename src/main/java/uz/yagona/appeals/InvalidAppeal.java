package uz.yagona.appeals;

import java.util.Map;

/**
 * An appeal broke rules of its fields: each field (as the API names it) with the message key of the rule and its
 * arguments. Nothing was stored.
 */
public class InvalidAppeal extends RuntimeException {

    private final Map<String, Rule> fields;

    public InvalidAppeal(Map<String, Rule> fields) {
        super("invalid appeal: " + fields.keySet());
        this.fields = Map.copyOf(fields);
    }

    public InvalidAppeal(String field, String rule, Object... arguments) {
        this(Map.of(field, new Rule(rule, arguments)));
    }

    public Map<String, Rule> fields() {
        return fields;
    }

    /** A broken rule: the message key, present in every language, and its arguments. */
    public record Rule(String key, Object... arguments) {
    }
}
