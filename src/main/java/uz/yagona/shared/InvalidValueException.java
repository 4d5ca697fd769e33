package uz.yagona.shared;

import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A value broke a rule of its type. The {@code rule} is a message key present in every language bundle
 * (for example {@code pinfl.checkDigit}); the web layer turns it into a problem detail or a form error that
 * names the field it came from. Where no handler does that, the status at least says the client was wrong.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidValueException extends IllegalArgumentException {

    private final String rule;
    private final Object[] arguments;

    public InvalidValueException(String rule, String detail, Object... arguments) {
        super(detail);
        this.rule = rule;
        this.arguments = arguments.clone();
    }

    /** The message key of the broken rule. */
    public String rule() {
        return rule;
    }

    /** Arguments for the rule's message. */
    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
