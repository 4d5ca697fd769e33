package uz.yagona.licensing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A licence as stored: {@code state} is VALID, SUSPENDED or REVOKED (never EXPIRED, which depends on the day),
 * {@code version} counts its states from 1 (issued).
 */
public record Licence(String number, String typeCode, String holderId, String holderName, String scope,
        LocalDate validFrom, LocalDate validUntil, String agencyCode, LicenceStatus state, @Nullable String reason,
        int version) {

    /** The status on {@code day}: a valid licence whose validity ended is EXPIRED. */
    public LicenceStatus statusOn(LocalDate day) {
        if (state == LicenceStatus.VALID && (day.isAfter(validUntil) || day.isBefore(validFrom))) {
            return LicenceStatus.EXPIRED;
        }
        return state;
    }
}
