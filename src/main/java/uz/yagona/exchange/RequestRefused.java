package uz.yagona.exchange;

import java.util.UUID;

/** The policy does not allow the request; the rule says why. Logged as {@link Outcome#REFUSED}. */
public final class RequestRefused extends ExchangeException {

    public RequestRefused(UUID requestId, String rule, String detail, Object... arguments) {
        super(requestId, rule, detail, arguments);
    }

    @Override
    public Outcome outcome() {
        return Outcome.REFUSED;
    }
}
