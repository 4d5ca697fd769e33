package uz.yagona.registry;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.Money;

/**
 * A hold (arrest) on money in an account, on a basis such as a writ. A hold takes at most what is available:
 * {@code requested} is what the basis asked for, {@code held} what is held now: what could be taken, plus what
 * money coming in later added up to the amount requested, less what has been debited under the hold since. A released hold keeps its last amounts and its release time.
 */
public record Hold(UUID id, String account, Money requested, Money held, Basis basis, Instant placedAt,
        @Nullable Instant releasedAt) {

    public Hold {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(held, "held");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(placedAt, "placedAt");
    }

    public boolean isActive() {
        return releasedAt == null;
    }

    /** Whether less was held than the basis asked for. */
    public boolean isPartial() {
        return held.compareTo(requested) < 0;
    }
}
