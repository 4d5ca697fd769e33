package uz.yagona.signature;

import java.util.List;

/**
 * What verification found: valid only when there is at least one signer and every signer passed every check,
 * revocation included; a signature whose revocation status is unknown is never reported valid.
 */
public record VerificationReport(boolean valid, List<SignerReport> signers) {

    public VerificationReport(List<SignerReport> signers) {
        this(!signers.isEmpty() && signers.stream().allMatch(SignerReport::valid), List.copyOf(signers));
    }
}
