package uz.yagona.ledger.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uz.yagona.ledger.MerkleVerifier;

/**
 * Watches the log as an outside auditor would: every new tree head must carry a valid signature and be
 * consistent with the previous one, by a proof computed from the stored nodes and checked by
 * {@link MerkleVerifier}. A stored hash changed behind the database's back breaks that proof; the monitor then
 * logs at ERROR and counts {@code yagona.ledger.inconsistencies}, which operators alert on.
 */
final class Monitor {

    private static final Logger log = LoggerFactory.getLogger(Monitor.class);
    private static final int HEADS_PER_CHECK = 1000;

    private final LedgerStore store;
    private final StoredTree tree;
    private final LedgerKey key;
    private final Counter inconsistencies;
    private @Nullable StoredHead lastChecked;

    Monitor(LedgerStore store, StoredTree tree, LedgerKey key, MeterRegistry meters) {
        this.store = store;
        this.tree = tree;
        this.key = key;
        this.inconsistencies = Counter.builder("yagona.ledger.inconsistencies")
                .description("Tree heads that failed the monitor's signature or consistency check")
                .register(meters);
    }

    /** Checks the heads published since the last call; returns how many failed. */
    synchronized int check() {
        var failed = 0;
        var previous = lastChecked;
        if (previous == null) {
            // first run on this node: the newest head must at least match the stored nodes
            var latest = store.latestHead();
            if (latest.isEmpty()) {
                return 0;
            }
            failed += verify(null, latest.get()) ? 0 : 1;
            lastChecked = latest.get();
            return failed;
        }
        for (var head : store.headsAfter(previous.treeSize(), HEADS_PER_CHECK)) {
            failed += verify(previous, head) ? 0 : 1;
            previous = head;
        }
        lastChecked = previous;
        return failed;
    }

    private boolean verify(@Nullable StoredHead previous, StoredHead current) {
        var head = current.head();
        String problem = null;
        try {
            if (!key.verify(head.signedText(key.name()), head.signature())
                    || !key.verify(Checkpoints.body(key.name(), head.treeSize(), head.rootHash()),
                            current.checkpointSignature())) {
                problem = "its signature does not verify";
            } else if (previous == null && !tree.root(head.treeSize()).equals(head.rootHash())) {
                problem = "the stored nodes do not give its root hash";
            } else if (previous != null && !MerkleVerifier.verifyConsistency(
                    tree.consistency(previous.treeSize(), head.treeSize()), previous.head().rootHash(),
                    head.rootHash())) {
                problem = "it is not consistent with the tree head of size " + previous.treeSize();
            }
        } catch (IllegalStateException e) {
            problem = e.getMessage();
        }
        if (problem == null) {
            return true;
        }
        inconsistencies.increment();
        log.error("LEDGER INCONSISTENCY: tree head of size {} (root {}) fails: {}", head.treeSize(),
                head.rootHash(), problem);
        return false;
    }
}
