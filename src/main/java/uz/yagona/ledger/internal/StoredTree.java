package uz.yagona.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import uz.yagona.ledger.ConsistencyProof;
import uz.yagona.ledger.Hash;
import uz.yagona.ledger.InclusionProof;
import uz.yagona.ledger.MerkleVerifier;

/**
 * Proofs and roots from the stored perfect subtrees: each proof is planned by {@link Subtrees}, its O(log n)
 * nodes are read in one query, and every non-perfect range is folded from its pieces. Never rebuilds a tree.
 */
final class StoredTree {

    private final LedgerStore store;

    StoredTree(LedgerStore store) {
        this.store = store;
    }

    InclusionProof inclusion(long leafIndex, long treeSize) {
        return new InclusionProof(leafIndex, treeSize, hashes(Subtrees.inclusionPath(leafIndex, treeSize)));
    }

    ConsistencyProof consistency(long first, long second) {
        return new ConsistencyProof(first, second, hashes(Subtrees.consistencyPath(first, second)));
    }

    Hash root(long treeSize) {
        return hashes(List.of(new Range(0, treeSize))).getFirst();
    }

    /** MTH of each range, in order. */
    List<Hash> hashes(List<Range> ranges) {
        var pieces = ranges.stream().map(Subtrees::decompose).toList();
        var stored = store.nodes(pieces.stream().flatMap(List::stream).toList());
        var hashes = new ArrayList<Hash>(ranges.size());
        for (var range : pieces) {
            // MTH of [a, b) is H(left perfect part, MTH of the rest), so fold from the right
            Hash hash = null;
            for (var node : range.reversed()) {
                var piece = stored.get(node);
                if (piece == null) {
                    throw new IllegalStateException("Stored node " + node + " is missing");
                }
                hash = hash == null ? piece : MerkleVerifier.nodeHash(piece, hash);
            }
            hashes.add(hash);
        }
        return hashes;
    }
}
