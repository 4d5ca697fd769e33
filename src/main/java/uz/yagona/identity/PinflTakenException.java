package uz.yagona.identity;

import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;

/** A person with this PINFL is already recorded. */
public class PinflTakenException extends InvalidValueException {

    public PinflTakenException(Pinfl pinfl) {
        super("person.pinfl.taken", "A person with this PINFL is already registered");
    }
}
