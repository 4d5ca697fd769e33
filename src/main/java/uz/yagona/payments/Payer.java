package uz.yagona.payments;

import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

/** Who pays: a person by PINFL (14 digits) or a legal entity by STIR (9 digits), validated by their types. */
public record Payer(String id) {

    public Payer {
        if (id.length() == 14) {
            Pinfl.parse(id);
        } else if (id.length() == 9) {
            Stir.parse(id);
        } else {
            throw new InvalidValueException("payments.payer.format", "payer must be a PINFL or a STIR", id);
        }
    }

    public static Payer of(Pinfl pinfl) {
        return new Payer(pinfl.value());
    }

    public static Payer of(Stir stir) {
        return new Payer(stir.value());
    }
}
