package uz.yagona.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Money;
import uz.yagona.shared.Soato;

/**
 * A real-estate object in the cadastre by its cadastral number (e.g. {@code 10:09:03:01:01:0123}, an apartment
 * with a {@code /12} suffix), its area in m² to the hundredth, its owners' shares, which add up to exactly 1,
 * and its encumbrances.
 */
public record RealEstate(String cadastralNumber, RealEstate.Kind kind, Soato district, String address,
        BigDecimal areaM2, Money cadastralValue, List<Share> owners, List<Encumbrance> encumbrances) {

    /** What the object is. */
    public enum Kind {
        APARTMENT,
        HOUSE,
        LAND,
        NON_RESIDENTIAL
    }

    public RealEstate {
        requireCadastralNumber(cadastralNumber);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(areaM2, "areaM2");
        Objects.requireNonNull(cadastralValue, "cadastralValue");
        if (address == null || address.isBlank()) {
            throw new InvalidValueException("cadastre.address", "an object has an address", cadastralNumber);
        }
        if (areaM2.signum() <= 0 || areaM2.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("cadastre.area", "an area is positive, in m² with at most 2 decimals",
                    cadastralNumber);
        }
        areaM2 = areaM2.setScale(2, RoundingMode.UNNECESSARY);
        if (cadastralValue.isNegative()) {
            throw new InvalidValueException("cadastre.value", "a value cannot be negative", cadastralNumber);
        }
        owners = List.copyOf(owners);
        encumbrances = List.copyOf(encumbrances);
        Share.requireWhole(owners);
    }

    /** Refuses anything but groups of digits separated by colons, with an optional {@code /n} unit. */
    public static String requireCadastralNumber(String cadastralNumber) {
        if (cadastralNumber == null || cadastralNumber.length() > 40
                || !cadastralNumber.matches("[0-9]{1,6}(?::[0-9]{1,6}){1,7}(?:/[0-9]{1,5})?")) {
            throw new InvalidValueException("cadastre.number", "not a cadastral number (digits separated by ':')",
                    String.valueOf(cadastralNumber));
        }
        return cadastralNumber;
    }

    /** Whether an arrest or a mortgage is in force on the object. */
    public boolean isEncumbered() {
        return encumbrances.stream().anyMatch(Encumbrance::isActive);
    }
}
