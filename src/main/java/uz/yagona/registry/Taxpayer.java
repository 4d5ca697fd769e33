package uz.yagona.registry;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

/**
 * A taxpayer in the tax committee's registry, by STIR: a legal entity, or an individual, whose PINFL is then
 * known. The kind is the STIR's own ({@link Stir#kind()}).
 */
public record Taxpayer(Stir stir, @Nullable Pinfl pinfl, String name, Stir.Kind kind, LocalDate registeredOn) {

    public Taxpayer {
        Objects.requireNonNull(stir, "stir");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(registeredOn, "registeredOn");
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("tax.taxpayer.name", "a taxpayer has a name", stir.value());
        }
        if (kind != stir.kind()) {
            throw new InvalidValueException("tax.taxpayer.kind", "the STIR belongs to another kind of taxpayer",
                    stir.value());
        }
        if (pinfl != null && kind == Stir.Kind.LEGAL_ENTITY) {
            throw new InvalidValueException("tax.taxpayer.kind", "a legal entity has no PINFL", stir.value());
        }
    }
}
