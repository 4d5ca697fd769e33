package uz.yagona.ledger.web;

import java.util.List;
import uz.yagona.ledger.Hash;
import uz.yagona.ledger.InclusionProof;

/** An audit path, hashes in base64. */
record InclusionJson(long leafIndex, long treeSize, List<String> auditPath) {

    static InclusionJson of(InclusionProof proof) {
        return new InclusionJson(proof.leafIndex(), proof.treeSize(),
                proof.auditPath().stream().map(Hash::base64).toList());
    }
}
