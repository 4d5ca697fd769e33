package uz.yagona.licensing;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking a licence: {@code intact} when the digest recomputed from the stored record equals the
 * digest in the ledger entry of its latest state; {@code ledgerIndex} is that entry's index, null while the
 * ledger has not logged it yet (then {@code intact} is false); {@code sealValid} when the issuing agency's
 * electronic seal over the record verifies and names that agency ({@code sealedBy} is its name from the seal's
 * certificate); {@code proofValid} when the entry's Merkle audit path leads to the root of the signed tree head
 * of {@code treeSize} entries and the ledger's key signed that head.
 */
public record Verification(Licence licence, LicenceStatus status, @Nullable Long ledgerIndex, boolean intact,
        String recomputedDigest, @Nullable String ledgerDigest, boolean sealValid, @Nullable String sealedBy,
        @Nullable Long treeSize, boolean proofValid) {

    /** The record is the one the agency sealed and the ledger holds: what a relying party needs to trust it. */
    public boolean genuine() {
        return intact && sealValid && proofValid;
    }
}
