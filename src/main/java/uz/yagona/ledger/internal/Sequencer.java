package uz.yagona.ledger.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import uz.yagona.ledger.Entry;
import uz.yagona.ledger.Hash;
import uz.yagona.ledger.MerkleVerifier;
import uz.yagona.ledger.TreeHead;
import uz.yagona.ledger.TreeHeadPublished;

/**
 * Takes pending entries in batches and integrates each batch in one transaction: leaves, the perfect subtrees
 * they complete, and a signed tree head, then publishes {@link TreeHeadPublished}. Only the right edge of the
 * tree (one stored node per set bit of the size) is read; everything below it is final.
 */
final class Sequencer {

    private final LedgerStore store;
    private final LedgerKey key;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int batchSize;

    Sequencer(LedgerStore store, LedgerKey key, TransactionTemplate transactions, ApplicationEventPublisher events,
            Clock clock, int batchSize) {
        this.store = store;
        this.key = key;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** Integrates one batch; returns how many entries it took (0 when nothing was pending). */
    int integrate() {
        Integer taken = transactions.execute(status -> integrateBatch());
        return taken == null ? 0 : taken;
    }

    private int integrateBatch() {
        store.lockSequencer();
        var cursor = store.lastCursor();
        var pending = store.pendingAfter(cursor.xid(), cursor.sequence(), batchSize);
        if (pending.isEmpty()) {
            return 0;
        }
        var previous = store.latestHead();
        long size = previous.map(StoredHead::treeSize).orElse(0L);
        var now = Instant.ofEpochMilli(clock.millis());
        // a head never goes back in time, even if this node's clock is behind the last one's
        var timestamp = previous.map(head -> head.head().timestamp()).filter(now::isBefore).orElse(now);

        var edge = rightEdge(size);
        var written = new LinkedHashMap<NodeId, Hash>();
        var leafHashes = new ArrayList<Hash>(pending.size());
        for (var entry : pending) {
            var leaf = new Entry(entry.type(), entry.reference(), entry.digest(), timestamp).leafHash();
            leafHashes.add(leaf);
            long index = size++;
            var hash = leaf;
            int level = 0;
            written.put(new NodeId(0, index), hash);
            while (edge.containsKey(level)) {
                hash = MerkleVerifier.nodeHash(edge.remove(level), hash);
                level++;
                written.put(new NodeId(level, index >> level), hash);
            }
            edge.put(level, hash);
        }
        long firstIndex = size - pending.size();
        var root = rootOf(edge);
        var unsigned = new TreeHead(size, root, timestamp, new byte[0]);
        var head = new TreeHead(size, root, timestamp, key.sign(unsigned.signedText(key.name())));
        var checkpointSignature = key.sign(Checkpoints.body(key.name(), size, root));

        store.insertLeaves(pending, firstIndex, leafHashes, Timestamp.from(timestamp));
        store.insertNodes(written);
        store.insertTreeHead(head, checkpointSignature);
        events.publishEvent(new TreeHeadPublished(head));
        return pending.size();
    }

    /** The perfect subtrees along the right edge of a tree of {@code size}, by level. */
    private TreeMap<Integer, Hash> rightEdge(long size) {
        var ids = new ArrayList<NodeId>();
        for (int level = 0; level < 63; level++) {
            if ((size >> level & 1) == 1) {
                ids.add(new NodeId(level, (size >> level) - 1));
            }
        }
        var stored = store.nodes(ids);
        var edge = new TreeMap<Integer, Hash>();
        for (var id : ids) {
            var hash = stored.get(id);
            if (hash == null) {
                throw new IllegalStateException("Stored node " + id + " on the right edge is missing");
            }
            edge.put(id.level(), hash);
        }
        return edge;
    }

    /** The root: the right edge folded from its smallest subtree up. */
    private static Hash rootOf(TreeMap<Integer, Hash> edge) {
        Hash root = null;
        for (var hash : edge.values()) {
            root = root == null ? hash : MerkleVerifier.nodeHash(hash, root);
        }
        if (root == null) {
            throw new IllegalStateException("A batch left the tree empty");
        }
        return root;
    }
}
