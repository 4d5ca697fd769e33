package uz.yagona.signature;

import uz.yagona.shared.InvalidValueException;

/** The PIN does not open the key; after too many the key is locked. */
public class WrongPin extends InvalidValueException {

    public WrongPin() {
        super("signature.pin.wrong", "The PIN does not open this key");
    }
}
