package uz.yagona.ledger.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import uz.yagona.ledger.ConsistencyProof;
import uz.yagona.ledger.Entry;
import uz.yagona.ledger.Hash;
import uz.yagona.ledger.InclusionProof;
import uz.yagona.ledger.Ledger;
import uz.yagona.ledger.LoggedEntry;
import uz.yagona.ledger.Receipt;
import uz.yagona.ledger.TreeHead;
import uz.yagona.shared.InvalidValueException;

/** The ledger over PostgreSQL: appends queue, the {@link Sequencer} integrates, proofs read stored nodes. */
final class PostgresLedger implements Ledger {

    private static final Duration POLL = Duration.ofMillis(5);

    private final LedgerStore store;
    private final StoredTree tree;
    private final LedgerKey key;

    PostgresLedger(LedgerStore store, StoredTree tree, LedgerKey key) {
        this.store = store;
        this.tree = tree;
        this.key = key;
    }

    @Override
    public Receipt append(String type, String reference, Hash digest) {
        Entry.requireValid(type, reference);
        return new Receipt(store.insertPending(type, reference, digest));
    }

    @Override
    public Optional<LoggedEntry> awaitIncluded(Receipt receipt, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            // leaf and tree head are written in one transaction, so a visible leaf is under a published head
            var entry = store.leafBySequence(receipt.sequence());
            if (entry.isPresent() || System.nanoTime() - deadline >= 0) {
                return entry;
            }
            Thread.sleep(POLL);
        }
    }

    @Override
    public Optional<TreeHead> latestTreeHead() {
        return store.latestHead().map(StoredHead::head);
    }

    @Override
    public Optional<TreeHead> treeHead(long treeSize) {
        requireTreeSize("treeSize", treeSize);
        return store.head(treeSize).map(StoredHead::head);
    }

    @Override
    public Optional<LoggedEntry> entry(long index) {
        if (index < 0) {
            throw new InvalidValueException("ledger.index.negative", "A leaf index is 0 or more", index);
        }
        return store.leaf(index);
    }

    @Override
    public List<LoggedEntry> entriesWithDigest(Hash digest, int limit) {
        return store.leavesWithDigest(digest, Math.clamp(limit, 1, 1000));
    }

    @Override
    public Optional<InclusionProof> inclusionProof(Hash leafHash, long treeSize) {
        requireTreeSize("treeSize", treeSize);
        return store.leafIndex(leafHash, treeSize).map(index -> tree.inclusion(index, treeSize));
    }

    @Override
    public InclusionProof inclusionProof(long leafIndex, long treeSize) {
        requireTreeSize("treeSize", treeSize);
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new InvalidValueException("ledger.index.range", "Leaf index must be below the tree size",
                    leafIndex, treeSize);
        }
        return tree.inclusion(leafIndex, treeSize);
    }

    @Override
    public ConsistencyProof consistencyProof(long first, long second) {
        requireTreeSize("second", second);
        if (first < 1 || first > second) {
            throw new InvalidValueException("ledger.consistency.order",
                    "Consistency needs 1 <= first <= second", first, second);
        }
        return tree.consistency(first, second);
    }

    @Override
    public String origin() {
        return key.name();
    }

    @Override
    public String publicKeyPem() {
        return key.pem();
    }

    @Override
    public Optional<String> checkpoint() {
        return store.latestHead().map(stored -> Checkpoints.note(
                Checkpoints.body(key.name(), stored.treeSize(), stored.head().rootHash()), key.name(), key.keyHash(),
                stored.checkpointSignature()));
    }

    /** Proofs exist only for sizes the ledger has published a head at or beyond. */
    private void requireTreeSize(String field, long treeSize) {
        long latest = store.latestHead().map(StoredHead::treeSize).orElse(0L);
        if (treeSize < 1 || treeSize > latest) {
            throw new InvalidValueException("ledger.treeSize.range",
                    field + " must be between 1 and the latest tree size " + latest, treeSize, latest);
        }
    }
}
