package uz.yagona.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import uz.yagona.ledger.Hash;

/**
 * Tree heads as C2SP {@code tlog-checkpoint} signed notes (c2sp.org/tlog-checkpoint, c2sp.org/signed-note),
 * which tools such as {@code litetlog}, Sigstore and the Go {@code sumdb/note} package read.
 */
final class Checkpoints {

    private Checkpoints() {
    }

    /** The note text that is signed: origin, tree size, base64 root hash, each line ending in 0x0A. */
    static byte[] body(String origin, long treeSize, Hash rootHash) {
        return (origin + "\n" + treeSize + "\n" + rootHash.base64() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The whole note: body, blank line, and one signature line {@code — name base64(keyHash || signature)}. */
    static String note(byte[] body, String keyName, byte[] keyHash, byte[] signature) {
        var signed = new byte[keyHash.length + signature.length];
        System.arraycopy(keyHash, 0, signed, 0, keyHash.length);
        System.arraycopy(signature, 0, signed, keyHash.length, signature.length);
        return new String(body, StandardCharsets.UTF_8) + "\n\u2014 " + keyName + " "
                + Base64.getEncoder().encodeToString(signed) + "\n";
    }
}
