package uz.yagona.enforcement;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking a writ: {@code signatureValid} when the judge's signature over the writ's canonical form
 * verifies, names the signing judge and the issuing court; {@code intact} when the digest recomputed from the
 * stored writ equals the one in the ledger; {@code proofValid} when the ledger entry's audit path leads to a
 * signed tree head of {@code treeSize} entries.
 */
public record WritVerification(Writ writ, boolean signatureValid, @Nullable String signerName, boolean intact,
        String recomputedDigest, @Nullable String ledgerDigest, @Nullable Long ledgerIndex, @Nullable Long treeSize,
        boolean proofValid) {

    /** Signed, unchanged since, and logged: a writ enforcement may act on. */
    public boolean genuine() {
        return writ.status() == WritStatus.SIGNED && signatureValid && intact && proofValid;
    }
}
