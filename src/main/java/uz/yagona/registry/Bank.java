package uz.yagona.registry;

import java.util.Objects;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.LocalizedText;

/** A bank by its MFO, the five-digit code of the bank (branch) in the Central Bank's clearing. */
public record Bank(String mfo, LocalizedText name) {

    public Bank {
        requireMfo(mfo);
        Objects.requireNonNull(name, "name");
    }

    public static String requireMfo(String mfo) {
        if (mfo == null || !mfo.matches("[0-9]{5}")) {
            throw new InvalidValueException("banking.mfo", "an MFO has 5 digits", String.valueOf(mfo));
        }
        return mfo;
    }
}
