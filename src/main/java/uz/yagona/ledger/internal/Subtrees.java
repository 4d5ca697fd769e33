package uz.yagona.ledger.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of proofs, without hashes: RFC 9162's PATH (§2.1.3.1) and SUBPROOF (§2.1.4.1) written in terms of
 * the ranges whose MTH they need, and each range split into the stored perfect subtrees it consists of. Every
 * range a proof needs starts at a multiple of a power of two at least as large as itself, so it splits into at
 * most log2(n) perfect subtrees, and a whole proof needs O(log n) stored nodes.
 */
final class Subtrees {

    private Subtrees() {
    }

    /** The ranges whose hashes form the audit path of leaf {@code m} in the tree of size {@code n}. */
    static List<Range> inclusionPath(long m, long n) {
        if (m < 0 || m >= n) {
            throw new IllegalArgumentException("Leaf " + m + " is not in a tree of " + n);
        }
        var path = new ArrayList<Range>();
        inclusion(m, 0, n, path);
        return path;
    }

    private static void inclusion(long m, long lo, long hi, List<Range> path) {
        if (hi - lo == 1) {
            return;
        }
        long k = split(hi - lo);
        if (m < lo + k) {
            inclusion(m, lo, lo + k, path);
            path.add(new Range(lo + k, hi));
        } else {
            inclusion(m, lo + k, hi, path);
            path.add(new Range(lo, lo + k));
        }
    }

    /** The ranges whose hashes form the consistency proof from size {@code m} to size {@code n}. */
    static List<Range> consistencyPath(long m, long n) {
        if (m <= 0 || m > n) {
            throw new IllegalArgumentException("No consistency proof from " + m + " to " + n);
        }
        var proof = new ArrayList<Range>();
        subproof(m, 0, n, true, proof);
        return proof;
    }

    private static void subproof(long m, long lo, long hi, boolean complete, List<Range> proof) {
        long n = hi - lo;
        if (m == n) {
            if (!complete) {
                proof.add(new Range(lo, hi));
            }
            return;
        }
        long k = split(n);
        if (m <= k) {
            subproof(m, lo, lo + k, complete, proof);
            proof.add(new Range(lo + k, hi));
        } else {
            subproof(m - k, lo + k, hi, false, proof);
            proof.add(new Range(lo, lo + k));
        }
    }

    /** The perfect subtrees that make up {@code range}, left to right. */
    static List<NodeId> decompose(Range range) {
        var nodes = new ArrayList<NodeId>();
        long start = range.start();
        long end = range.end();
        while (start < end) {
            long size = end - start;
            long k = Long.bitCount(size) == 1 ? size : split(size);
            if (start % k != 0) {
                throw new IllegalArgumentException("Range " + range + " is not made of stored subtrees");
            }
            int level = Long.numberOfTrailingZeros(k);
            nodes.add(new NodeId(level, start >> level));
            start += k;
        }
        return nodes;
    }

    /** RFC 9162's k: the largest power of two smaller than {@code n}, for n > 1. */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }
}
