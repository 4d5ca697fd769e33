package uz.yagona.exchange;

import java.util.UUID;

/** A malformed request: {@link #field()} is missing or invalid. Logged as {@link Outcome#REJECTED}. */
public final class RequestRejected extends ExchangeException {

    private final String field;

    public RequestRejected(UUID requestId, String field, String rule, String detail, Object... arguments) {
        super(requestId, rule, detail, arguments);
        this.field = field;
    }

    /** The request field at fault, such as {@code purpose} or {@code subject}. */
    public String field() {
        return field;
    }

    @Override
    public Outcome outcome() {
        return Outcome.REJECTED;
    }
}
