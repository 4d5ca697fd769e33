package uz.yagona.licensing;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking a licence against the ledger: {@code intact} when the digest recomputed from the stored
 * record equals the digest in the ledger entry of its latest state; {@code ledgerIndex} is that entry's index,
 * null while the ledger has not logged it yet (then {@code intact} is false).
 */
public record Verification(Licence licence, LicenceStatus status, @Nullable Long ledgerIndex, boolean intact,
        String recomputedDigest, @Nullable String ledgerDigest) {
}
