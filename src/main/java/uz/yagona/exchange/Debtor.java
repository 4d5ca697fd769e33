package uz.yagona.exchange;

import org.jspecify.annotations.Nullable;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

/** Whom a request is about when it may be a person or an entity: exactly one of a PINFL and a STIR. */
public record Debtor(@Nullable Pinfl pinfl, @Nullable Stir stir) {

    public Debtor {
        if ((pinfl == null) == (stir == null)) {
            throw new InvalidValueException("exchange.subject.owner",
                    "A subject is a person (PINFL) or an entity (STIR)");
        }
    }

    public static Debtor person(Pinfl pinfl) {
        return new Debtor(pinfl, null);
    }

    public static Debtor entity(Stir stir) {
        return new Debtor(null, stir);
    }

    /** The PINFL or STIR as the access log records it. */
    public String subject() {
        return pinfl != null ? pinfl.value() : stir.value();
    }
}
