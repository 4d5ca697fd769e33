package uz.yagona.ledger;

import java.util.List;

/** The consistency proof of RFC 9162 §2.1.4 between the trees of sizes {@code first} and {@code second}. */
public record ConsistencyProof(long first, long second, List<Hash> proof) {

    public ConsistencyProof {
        proof = List.copyOf(proof);
    }
}
