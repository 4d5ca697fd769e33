package uz.yagona.ledger;

import java.security.MessageDigest;
import java.util.List;

/**
 * Checks Merkle proofs exactly as RFC 9162 prescribes (§2.1.3.2 inclusion, §2.1.4.2 consistency), with
 * SHA-256, 0x00 leaf and 0x01 node prefixes. Plain Java without state, so that anyone (another module, an
 * outside auditor) can verify what the ledger serves without trusting it.
 */
public final class MerkleVerifier {

    private static final byte[] LEAF = {0};
    private static final byte[] NODE = {1};

    private MerkleVerifier() {
    }

    /** {@code SHA-256(0x00 || entry)}. */
    public static Hash leafHash(byte[] entry) {
        return Hash.sha256(LEAF, entry);
    }

    /** {@code SHA-256(0x01 || left || right)}. */
    public static Hash nodeHash(Hash left, Hash right) {
        return new Hash(node(left.bytes(), right.bytes()));
    }

    /**
     * Whether {@code auditPath} proves the leaf at {@code leafIndex} is in the tree of {@code treeSize}. Sizes and
     * indexes are unsigned 64-bit numbers in RFC 9162; values beyond {@code Long.MAX_VALUE} arrive negative here and
     * are refused, as no tree can be that large.
     */
    public static boolean verifyInclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> auditPath,
            byte[] rootHash) {
        if (leafIndex < 0 || treeSize <= 0 || leafIndex >= treeSize || leafHash.length != Hash.LENGTH
                || !allHashes(auditPath)) {
            return false;
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (var p : auditPath) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, rootHash);
    }

    /** The same, for values of the ledger's own types. */
    public static boolean verifyInclusion(InclusionProof proof, Hash leafHash, Hash rootHash) {
        return verifyInclusion(proof.leafIndex(), proof.treeSize(), leafHash.bytes(), bytesOf(proof.auditPath()),
                rootHash.bytes());
    }

    /**
     * Whether {@code proof} shows the tree of size {@code first} is a prefix of the tree of size {@code second}.
     * A proof from size 0 is refused: every tree extends the empty one, so such a "proof" shows nothing.
     */
    public static boolean verifyConsistency(long first, long second, byte[] firstHash, byte[] secondHash,
            List<byte[]> proof) {
        if (first <= 0 || first > second || !allHashes(proof)) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && MessageDigest.isEqual(firstHash, secondHash);
        }
        if (proof.isEmpty()) {
            return false;
        }
        var path = new java.util.ArrayList<byte[]>(proof.size() + 1);
        if (Long.bitCount(first) == 1) {
            path.add(firstHash);
        }
        path.addAll(proof);
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.getFirst();
        byte[] sr = path.getFirst();
        for (var c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = node(c, fr);
                sr = node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, firstHash) && MessageDigest.isEqual(sr, secondHash);
    }

    /** The same, for values of the ledger's own types. */
    public static boolean verifyConsistency(ConsistencyProof proof, Hash firstHash, Hash secondHash) {
        return verifyConsistency(proof.first(), proof.second(), firstHash.bytes(), secondHash.bytes(),
                bytesOf(proof.proof()));
    }

    private static boolean allHashes(List<byte[]> hashes) {
        return hashes.stream().allMatch(hash -> hash != null && hash.length == Hash.LENGTH);
    }

    private static List<byte[]> bytesOf(List<Hash> hashes) {
        return hashes.stream().map(Hash::bytes).toList();
    }

    private static byte[] node(byte[] left, byte[] right) {
        var digest = Hash.newDigest();
        digest.update(NODE);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }
}
