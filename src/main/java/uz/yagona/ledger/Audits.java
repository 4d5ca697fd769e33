package uz.yagona.ledger;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Checks an entry the way an outside auditor would, for modules that show a proof next to their own record: the
 * entry is the one expected (type and reference), its audit path leads to the root of the latest signed tree head
 * (RFC 9162), and that head's Ed25519 signature holds under the ledger's published key.
 */
@Service
public class Audits {

    private final Ledger ledger;

    Audits(Ledger ledger) {
        this.ledger = ledger;
    }

    /**
     * What the ledger proves about a queued entry: {@code entry} is null while it is not logged yet (or is not of
     * the expected type and reference); {@code treeSize} is the size of the tree it was proven in.
     */
    public record Audit(@Nullable LoggedEntry entry, @Nullable Long treeSize, boolean proofValid) {

        public @Nullable Hash digest() {
            return entry == null ? null : entry.entry().digest();
        }
    }

    /** Waits at most {@code wait} for the entry of {@code receipt} and proves it; never throws for a bad entry. */
    public Audit audit(Receipt receipt, String type, String reference, Duration wait) {
        Optional<LoggedEntry> logged;
        try {
            logged = ledger.awaitIncluded(receipt, wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Audit(null, null, false);
        }
        var entry = logged.filter(e -> type.equals(e.entry().type()) && reference.equals(e.entry().reference()));
        if (entry.isEmpty()) {
            return new Audit(null, null, false);
        }
        var head = ledger.latestTreeHead().filter(h -> h.treeSize() > entry.get().index()).orElse(null);
        if (head == null) {
            return new Audit(entry.get(), null, false);
        }
        var proof = ledger.inclusionProof(entry.get().index(), head.treeSize());
        boolean included = MerkleVerifier.verifyInclusion(proof, entry.get().leafHash(), head.rootHash());
        return new Audit(entry.get(), head.treeSize(), included && signedByLedger(head));
    }

    private boolean signedByLedger(TreeHead head) {
        try {
            var der = Base64.getMimeDecoder().decode(ledger.publicKeyPem().replaceAll("-----[^-]+-----", ""));
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
            var verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(head.signedText(ledger.origin()));
            return verifier.verify(head.signature());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
