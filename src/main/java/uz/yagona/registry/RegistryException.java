package uz.yagona.registry;

import java.util.Arrays;

/**
 * A registry could not do what was asked for a reason other than bad input, which is an
 * {@link uz.yagona.shared.InvalidValueException}. The {@code rule} is a message key in {@code i18n/registry}.
 */
public abstract class RegistryException extends RuntimeException {

    private final String rule;
    private final Object[] arguments;

    protected RegistryException(String rule, String detail, Object... arguments) {
        super(detail);
        this.rule = rule;
        this.arguments = arguments.clone();
    }

    /** The message key of what went wrong. */
    public String rule() {
        return rule;
    }

    /** Arguments for the rule's message. */
    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
