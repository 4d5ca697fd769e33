package uz.yagona.registry;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Soato;
import uz.yagona.shared.UzbekScript;

/**
 * Where a person is registered to live (<i>doimiy roʻyxat</i>, propiska): the district by its SOATO code, the
 * mahalla (the neighbourhood community), the street, the house and, in a block of flats, the apartment.
 *
 * <p>The mahalla and the street are held in both scripts of Uzbek: {@code mahalla}/{@code street} in Latin,
 * {@code mahallaCyrillic}/{@code streetCyrillic} in Cyrillic, as the registry keeps them (a transliteration is
 * lossy for proper names, so the registry's Cyrillic is kept, not recomputed). House and apartment are one
 * form for both scripts: they are numbers, possibly with a letter ({@code 12A}, {@code 5/1}), and such a letter
 * is written the same on Latin and Cyrillic documents, so it is never transliterated.
 */
public record RegisteredAddress(Soato district, String mahalla, String street, String house,
        @Nullable String apartment, LocalDate since, String mahallaCyrillic, String streetCyrillic) {

    public RegisteredAddress {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(since, "since");
        if (district.isRegion()) {
            throw new InvalidValueException("population.address.district", "an address lies in a district, "
                    + "not a whole region", district.value());
        }
        for (var part : new String[] {mahalla, street, house, mahallaCyrillic, streetCyrillic}) {
            if (part == null || part.isBlank()) {
                throw new InvalidValueException("population.address.incomplete",
                        "mahalla, street and house are required");
            }
        }
        if (apartment != null && apartment.isBlank()) {
            apartment = null;
        }
    }

    /**
     * An address given in Latin only: the Cyrillic forms are transliterated with {@link UzbekScript}. For tests
     * and for rows written before the registry held both scripts; bulk generators should transliterate each
     * distinct name once and use the canonical constructor.
     */
    public RegisteredAddress(Soato district, String mahalla, String street, String house,
            @Nullable String apartment, LocalDate since) {
        this(district, mahalla, street, house, apartment, since, cyrillic(mahalla), cyrillic(street));
    }

    /** The same address from another date: who moves in later lives at the same place. */
    public RegisteredAddress since(LocalDate movedIn) {
        return new RegisteredAddress(district, mahalla, street, house, apartment, movedIn, mahallaCyrillic,
                streetCyrillic);
    }

    private static @Nullable String cyrillic(@Nullable String latin) {
        return latin == null ? null : UzbekScript.toCyrillic(latin);
    }
}
