package uz.yagona.registry;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Soato;

/**
 * Where a person is registered to live (<i>doimiy roʻyxat</i>, propiska): the district by its SOATO code, the
 * mahalla (the neighbourhood community), the street, the house and, in a block of flats, the apartment.
 */
public record RegisteredAddress(Soato district, String mahalla, String street, String house,
        @Nullable String apartment, LocalDate since) {

    public RegisteredAddress {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(since, "since");
        if (district.isRegion()) {
            throw new InvalidValueException("population.address.district", "an address lies in a district, "
                    + "not a whole region", district.value());
        }
        for (var part : new String[] {mahalla, street, house}) {
            if (part == null || part.isBlank()) {
                throw new InvalidValueException("population.address.incomplete",
                        "mahalla, street and house are required");
            }
        }
        if (apartment != null && apartment.isBlank()) {
            apartment = null;
        }
    }
}
