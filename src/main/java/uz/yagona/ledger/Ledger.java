package uz.yagona.ledger;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The ledger as other modules use it: append entries, read them back with proofs and signed tree heads. */
public interface Ledger {

    /**
     * Queues an entry; it joins the log at the next batch. Runs in the caller's transaction, so an entry is
     * logged if and only if the caller's change commits.
     */
    Receipt append(String type, String reference, Hash digest);

    /** Waits until the entry is in the log and under a published tree head; empty if that took too long. */
    Optional<LoggedEntry> awaitIncluded(Receipt receipt, Duration timeout) throws InterruptedException;

    /** The newest signed tree head, if anything was logged yet. */
    Optional<TreeHead> latestTreeHead();

    /** The signed tree head that was published at exactly this size. */
    Optional<TreeHead> treeHead(long treeSize);

    /** The entry at {@code index}, if the log is that long. */
    Optional<LoggedEntry> entry(long index);

    /** Entries recording a document with this digest, oldest first, at most {@code limit}. */
    List<LoggedEntry> entriesWithDigest(Hash digest, int limit);

    /** The first entry with this leaf hash within the tree of {@code treeSize}, with its audit path. */
    Optional<InclusionProof> inclusionProof(Hash leafHash, long treeSize);

    /** The audit path of the entry at {@code leafIndex} in the tree of {@code treeSize}. */
    InclusionProof inclusionProof(long leafIndex, long treeSize);

    /** The proof that the tree of size {@code first} is a prefix of the tree of size {@code second}. */
    ConsistencyProof consistencyProof(long first, long second);

    /** The name of this log: the origin line of its checkpoints and the name of its key. */
    String origin();

    /** The Ed25519 key that signs tree heads, as a PEM SubjectPublicKeyInfo. */
    String publicKeyPem();

    /** The latest tree head as a C2SP tlog-checkpoint signed note, if anything was logged yet. */
    Optional<String> checkpoint();
}
