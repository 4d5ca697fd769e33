package uz.yagona.ledger.web;

import java.util.Base64;
import uz.yagona.ledger.TreeHead;

/**
 * A signed tree head. {@code timestamp} is in milliseconds since the epoch; {@code signature} is Ed25519 over
 * the text described in {@link TreeHead#signedText(String)}, under the key at {@code /api/v1/ledger/public-key}.
 */
record TreeHeadJson(String origin, long treeSize, String rootHash, long timestamp, String signature,
        String algorithm) {

    static TreeHeadJson of(TreeHead head, String origin) {
        return new TreeHeadJson(origin, head.treeSize(), head.rootHash().base64(), head.timestamp().toEpochMilli(),
                Base64.getEncoder().encodeToString(head.signature()), "Ed25519");
    }
}
