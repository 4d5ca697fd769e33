package uz.yagona.exchange;

import java.util.UUID;

/** The registry does not know the subject (PINFL, STIR, account...). Logged as {@link Outcome#NOT_FOUND}. */
public final class SubjectNotFound extends ExchangeException {

    public SubjectNotFound(UUID requestId, String rule, String detail, Object... arguments) {
        super(requestId, rule, detail, arguments);
    }

    @Override
    public Outcome outcome() {
        return Outcome.NOT_FOUND;
    }
}
