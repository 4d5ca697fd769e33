package uz.yagona.signature;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One signer: who it is by the certificate (name, PINFL or STIR, agency and position for officials), when the
 * signature was made by the most trustworthy time known, and the outcome of each check.
 *
 * @param signedAt the time-stamp's time when a valid one is present, else the time of verification
 * @param timeSource {@code TIME_STAMP} or {@code VERIFICATION_TIME}
 */
public record SignerReport(
        @Nullable String name, @Nullable String pinfl, @Nullable String stir, @Nullable String organisation,
        @Nullable String agencyCode, @Nullable String position, @Nullable String certificateSerial,
        @Nullable String issuer, Instant signedAt, String timeSource, List<Check> checks) {

    public SignerReport {
        checks = List.copyOf(checks);
    }

    public boolean valid() {
        return checks.stream().allMatch(Check::acceptable)
                && checks.stream().anyMatch(check -> check.name() == Check.Name.REVOCATION
                        && check.outcome() == Check.Outcome.PASSED);
    }
}
