package uz.yagona.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** RFC 9162 §2.1 written out naively over a list of leaf hashes in memory: the yardstick for the ledger. */
final class ReferenceTree {

    private final List<Hash> leaves;
    private final Map<Long, Hash> memo = new HashMap<>();

    ReferenceTree(List<Hash> leaves) {
        this.leaves = List.copyOf(leaves);
    }

    /** MTH(D[lo:hi]). */
    Hash hash(int lo, int hi) {
        if (hi - lo == 1) {
            return leaves.get(lo);
        }
        long key = (long) lo << 32 | hi;
        var known = memo.get(key);
        if (known == null) {
            int k = Integer.highestOneBit(hi - lo - 1);
            known = MerkleVerifier.nodeHash(hash(lo, lo + k), hash(lo + k, hi));
            memo.put(key, known);
        }
        return known;
    }

    Hash root(int size) {
        return hash(0, size);
    }

    /** PATH(m, D[0:n]). */
    List<Hash> path(int m, int n) {
        var path = new ArrayList<Hash>();
        path(m, 0, n, path);
        return path;
    }

    private void path(int m, int lo, int hi, List<Hash> path) {
        if (hi - lo == 1) {
            return;
        }
        int k = Integer.highestOneBit(hi - lo - 1);
        if (m < lo + k) {
            path(m, lo, lo + k, path);
            path.add(hash(lo + k, hi));
        } else {
            path(m, lo + k, hi, path);
            path.add(hash(lo, lo + k));
        }
    }

    /** PROOF(m, D[0:n]). */
    List<Hash> proof(int m, int n) {
        var proof = new ArrayList<Hash>();
        subproof(m, 0, n, true, proof);
        return proof;
    }

    private void subproof(int m, int lo, int hi, boolean complete, List<Hash> proof) {
        if (m == hi - lo) {
            if (!complete) {
                proof.add(hash(lo, hi));
            }
            return;
        }
        int k = Integer.highestOneBit(hi - lo - 1);
        if (m <= k) {
            subproof(m, lo, lo + k, complete, proof);
            proof.add(hash(lo + k, hi));
        } else {
            subproof(m - k, lo + k, hi, false, proof);
            proof.add(hash(lo, lo + k));
        }
    }
}
