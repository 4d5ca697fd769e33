package uz.yagona.exchange;

import java.util.Arrays;
import java.util.UUID;

/**
 * A request the exchange did not serve; it is in the access log under {@link #requestId()} with its outcome.
 * The {@link #rule()} is a message key in every language of {@code i18n/exchange}.
 */
public abstract sealed class ExchangeException extends RuntimeException
        permits RequestRejected, RequestRefused, SubjectNotFound {

    private final UUID requestId;
    private final String rule;
    private final Object[] arguments;

    ExchangeException(UUID requestId, String rule, String detail, Object... arguments) {
        super(detail);
        this.requestId = requestId;
        this.rule = rule;
        this.arguments = arguments.clone();
    }

    public UUID requestId() {
        return requestId;
    }

    public String rule() {
        return rule;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }

    /** How the access log recorded it. */
    public abstract Outcome outcome();
}
