package uz.yagona.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * A signed tree head: the log of {@code treeSize} entries has root {@code rootHash}, published at {@code
 * timestamp}. The Ed25519 {@code signature} covers {@link #signedText(String)} under the ledger's public key.
 */
public record TreeHead(long treeSize, Hash rootHash, Instant timestamp, byte[] signature) {

    public TreeHead {
        signature = signature.clone();
        timestamp = Instant.ofEpochMilli(timestamp.toEpochMilli());
    }

    /**
     * The exact UTF-8 text that is signed: five lines, each ending in a line feed (0x0A):
     * {@code yagona-tree-head/v1}, the log's origin, the tree size in decimal, the root hash in standard
     * base64 and the timestamp in decimal milliseconds since the epoch.
     */
    public byte[] signedText(String origin) {
        return ("yagona-tree-head/v1\n" + origin + "\n" + treeSize + "\n" + rootHash.base64() + "\n"
                + timestamp.toEpochMilli() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TreeHead head && treeSize == head.treeSize && rootHash.equals(head.rootHash)
                && timestamp.equals(head.timestamp) && Arrays.equals(signature, head.signature);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(treeSize) * 31 + rootHash.hashCode();
    }
}
