package uz.yagona.enforcement;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.Money;

/**
 * An entry of the case file: a measure taken through the exchange ({@code kind} ASSETS_FOUND, HOLD, DEBIT,
 * REAL_ESTATE_ARREST, VEHICLE_ARREST or TRAVEL_BAN), by whom ({@code actor}: an officer's id or {@code robot}),
 * on what {@code legalBasis}, on what {@code target} (account, cadastral number, VIN, PINFL), and the registry's
 * {@code answer} (JSON). {@code registryId} is the hold, arrest or ban by which it is lifted.
 */
public record CaseEntry(UUID id, String caseNumber, String kind, @Nullable UUID registryId, @Nullable String target,
        @Nullable Money amount, String actor, String legalBasis, String answer, String status, Instant placedAt,
        @Nullable Instant liftedAt) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
