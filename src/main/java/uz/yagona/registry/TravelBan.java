package uz.yagona.registry;

import java.time.LocalDate;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;

/**
 * A temporary restriction on leaving the country, on a basis such as an unpaid writ: in force from
 * {@code imposedOn} until it is lifted or, if {@code until} is set, until that day inclusive.
 */
public record TravelBan(UUID id, Pinfl pinfl, Basis basis, LocalDate imposedOn, @Nullable LocalDate until,
        @Nullable Instant liftedAt) {

    public TravelBan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pinfl, "pinfl");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(imposedOn, "imposedOn");
        if (until != null && until.isBefore(imposedOn)) {
            throw new InvalidValueException("travel.until", "a ban ends after it starts", until.toString());
        }
    }

    /** Whether the ban is in force on the given day. */
    public boolean isInForceOn(LocalDate day) {
        return liftedAt == null && !day.isBefore(imposedOn) && (until == null || !day.isAfter(until));
    }
}
