package uz.yagona.enforcement;

import org.jspecify.annotations.Nullable;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

/** A creditor or debtor of a writ: a person by PINFL or an entity by STIR (exactly one), with the name. */
public record Party(@Nullable Pinfl pinfl, @Nullable Stir stir, String name) {

    public Party {
        if ((pinfl == null) == (stir == null)) {
            throw new InvalidValueException("enforcement.party.id", "A party is a person (PINFL) or an entity (STIR)");
        }
        if (name.isBlank() || name.length() > 300) {
            throw new InvalidValueException("enforcement.party.name", "A party's name has 1 to 300 characters", 300);
        }
        name = name.strip();
    }

    public boolean isPerson() {
        return pinfl != null;
    }

    /** The PINFL or the STIR. */
    public String id() {
        return pinfl != null ? pinfl.value() : stir.value();
    }
}
