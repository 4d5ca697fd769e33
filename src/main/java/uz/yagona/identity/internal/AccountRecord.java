package uz.yagona.identity.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An account row: how a person signs in. The TOTP secret is still sealed here. */
public record AccountRecord(
        UUID id, UUID personId, String pinfl, String passwordHash, boolean administrator, int failedAttempts,
        @Nullable Instant lockedUntil, @Nullable String sealedTotpSecret, long totpLastStep) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean totpEnabled() {
        return sealedTotpSecret != null;
    }
}
