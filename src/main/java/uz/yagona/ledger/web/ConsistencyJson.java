package uz.yagona.ledger.web;

import java.util.List;
import uz.yagona.ledger.ConsistencyProof;
import uz.yagona.ledger.Hash;

/** A consistency proof, hashes in base64. */
record ConsistencyJson(long first, long second, List<String> proof) {

    static ConsistencyJson of(ConsistencyProof proof) {
        return new ConsistencyJson(proof.first(), proof.second(), proof.proof().stream().map(Hash::base64).toList());
    }
}
