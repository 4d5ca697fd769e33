package uz.yagona.ledger;

import java.util.List;

/** The audit path of RFC 9162 §2.1.3: sibling hashes from the leaf at {@code leafIndex} up to the root. */
public record InclusionProof(long leafIndex, long treeSize, List<Hash> auditPath) {

    public InclusionProof {
        auditPath = List.copyOf(auditPath);
    }
}
