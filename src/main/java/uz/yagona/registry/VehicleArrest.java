package uz.yagona.registry;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An arrest of a vehicle (a ban on its sale and re-registration) on a basis; lifted ones stay on record. */
public record VehicleArrest(UUID id, Basis basis, Instant imposedAt, @Nullable Instant liftedAt) {

    public VehicleArrest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(imposedAt, "imposedAt");
    }

    public boolean isActive() {
        return liftedAt == null;
    }
}
