package uz.yagona.registry;

import org.jspecify.annotations.Nullable;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

/**
 * Who owns an account, a property or a vehicle: a natural person by PINFL or a legal entity by STIR, exactly
 * one of the two. An individual entrepreneur who owns as a business is an entity with an individual's STIR.
 */
public record Owner(@Nullable Pinfl pinfl, @Nullable Stir stir) {

    public Owner {
        if ((pinfl == null) == (stir == null)) {
            throw new InvalidValueException("registry.owner", "an owner is a person (PINFL) or an entity (STIR)");
        }
    }

    public static Owner person(Pinfl pinfl) {
        return new Owner(pinfl, null);
    }

    public static Owner entity(Stir stir) {
        return new Owner(null, stir);
    }

    public boolean isPerson() {
        return pinfl != null;
    }

    @Override
    public String toString() {
        return pinfl != null ? "PINFL " + pinfl.masked() : "STIR " + stir;
    }
}
