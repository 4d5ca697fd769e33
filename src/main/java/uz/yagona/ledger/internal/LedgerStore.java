package uz.yagona.ledger.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import uz.yagona.ledger.Entry;
import uz.yagona.ledger.Hash;
import uz.yagona.ledger.LoggedEntry;
import uz.yagona.ledger.TreeHead;

/** The ledger's tables, in explicit SQL. Only inserts and selects: the database refuses anything else. */
final class LedgerStore {

    private static final String LEAF_COLUMNS = "leaf_index, type, reference, digest, logged_at, leaf_hash";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    LedgerStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.template = new JdbcTemplate(dataSource);
    }

    long insertPending(String type, String reference, Hash digest) {
        return jdbc.sql("insert into ledger.pending (type, reference, digest) values (?, ?, ?) returning sequence")
                .params(type, reference, digest.bytes())
                .query(Long.class).single();
    }

    /** Blocks other sequencers (other nodes) until this transaction ends. */
    void lockSequencer() {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(7346121)) as locked").query(Integer.class).single();
    }

    /**
     * Pending entries after the last integrated one, in the order (appending transaction, sequence), taken only
     * from transactions older than any still running: those can no longer add rows, so none is skipped.
     */
    List<Pending> pendingAfter(String xid, long sequence, int limit) {
        return jdbc.sql("""
                select p.sequence, p.xid::text as xid_text, p.type, p.reference, p.digest from ledger.pending p
                where (p.xid, p.sequence) > (?::xid8, ?) and p.xid < pg_snapshot_xmin(pg_current_snapshot())
                order by p.xid, p.sequence limit ?""")
                .params(xid, sequence, limit)
                .query((row, n) -> new Pending(row.getLong("sequence"), row.getString("xid_text"),
                        row.getString("type"), row.getString("reference"), new Hash(row.getBytes("digest"))))
                .list();
    }

    /**
     * The ordering key of the last integrated entry, or ("0", 0) for an empty log. (The xid travels as text; an
     * alias named like the column would make ORDER BY sort the text, '1000' before '999'.)
     */
    Pending.Cursor lastCursor() {
        return jdbc.sql("select xid::text as xid, sequence from ledger.leaf order by leaf_index desc limit 1")
                .query((row, n) -> new Pending.Cursor(row.getString("xid"), row.getLong("sequence")))
                .optional().orElse(new Pending.Cursor("0", 0));
    }

    void insertLeaves(List<Pending> entries, long firstIndex, List<Hash> leafHashes, Timestamp loggedAt) {
        var rows = new ArrayList<Object[]>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            rows.add(new Object[] {firstIndex + i, entry.sequence(), entry.xid(), entry.type(), entry.reference(),
                entry.digest().bytes(), loggedAt, leafHashes.get(i).bytes()});
        }
        template.batchUpdate("""
                insert into ledger.leaf (leaf_index, sequence, xid, type, reference, digest, logged_at, leaf_hash)
                values (?, ?, ?::xid8, ?, ?, ?, ?, ?)""", rows);
    }

    void insertNodes(Map<NodeId, Hash> nodes) {
        var rows = new ArrayList<Object[]>(nodes.size());
        nodes.forEach((id, hash) -> rows.add(new Object[] {id.level(), id.index(), hash.bytes()}));
        template.batchUpdate("insert into ledger.node (level, node_index, hash) values (?, ?, ?)", rows);
    }

    /**
     * The stored hashes of these nodes, in one query: the keys go in as two arrays and are joined to the primary
     * key, one index probe each. A node that is not stored is absent from the map.
     */
    Map<NodeId, Hash> nodes(Collection<NodeId> ids) {
        var distinct = List.copyOf(new LinkedHashSet<>(ids));
        var found = new HashMap<NodeId, Hash>();
        if (distinct.isEmpty()) {
            return found;
        }
        var levels = new short[distinct.size()];
        var indexes = new long[distinct.size()];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = (short) distinct.get(i).level();
            indexes[i] = distinct.get(i).index();
        }
        jdbc.sql("""
                select n.level, n.node_index, n.hash
                from unnest(?::smallint[], ?::bigint[]) as wanted (level, node_index)
                join ledger.node n on n.level = wanted.level and n.node_index = wanted.node_index""")
                .params(levels, indexes)
                .query((ResultSet row) -> {
                    found.put(new NodeId(row.getShort("level"), row.getLong("node_index")),
                            new Hash(row.getBytes("hash")));
                });
        return found;
    }

    void insertTreeHead(TreeHead head, byte[] checkpointSignature) {
        jdbc.sql("""
                insert into ledger.tree_head (tree_size, root_hash, published_at, signature, checkpoint_signature)
                values (?, ?, ?, ?, ?)""")
                .params(head.treeSize(), head.rootHash().bytes(), Timestamp.from(head.timestamp()),
                        head.signature(), checkpointSignature)
                .update();
    }

    Optional<StoredHead> latestHead() {
        return jdbc.sql("select * from ledger.tree_head order by tree_size desc limit 1")
                .query(LedgerStore::head).optional();
    }

    Optional<StoredHead> head(long treeSize) {
        return jdbc.sql("select * from ledger.tree_head where tree_size = ?").param(treeSize)
                .query(LedgerStore::head).optional();
    }

    List<StoredHead> headsAfter(long treeSize, int limit) {
        return jdbc.sql("select * from ledger.tree_head where tree_size > ? order by tree_size limit ?")
                .params(treeSize, limit).query(LedgerStore::head).list();
    }

    Optional<LoggedEntry> leaf(long index) {
        return jdbc.sql("select " + LEAF_COLUMNS + " from ledger.leaf where leaf_index = ?").param(index)
                .query(LedgerStore::leaf).optional();
    }

    Optional<LoggedEntry> leafBySequence(long sequence) {
        return jdbc.sql("select " + LEAF_COLUMNS + " from ledger.leaf where sequence = ?").param(sequence)
                .query(LedgerStore::leaf).optional();
    }

    Optional<Long> leafIndex(Hash leafHash, long below) {
        return jdbc.sql("select min(leaf_index) from ledger.leaf where leaf_hash = ? and leaf_index < ?")
                .params(leafHash.bytes(), below).query(Long.class).optional();
    }

    List<LoggedEntry> leavesWithDigest(Hash digest, int limit) {
        return jdbc.sql("select " + LEAF_COLUMNS + " from ledger.leaf where digest = ? order by leaf_index limit ?")
                .params(digest.bytes(), limit).query(LedgerStore::leaf).list();
    }

    private static StoredHead head(ResultSet row, int n) throws SQLException {
        var head = new TreeHead(row.getLong("tree_size"), new Hash(row.getBytes("root_hash")),
                row.getTimestamp("published_at").toInstant(), row.getBytes("signature"));
        return new StoredHead(head, row.getBytes("checkpoint_signature"));
    }

    private static LoggedEntry leaf(ResultSet row, int n) throws SQLException {
        var entry = new Entry(row.getString("type"), row.getString("reference"), new Hash(row.getBytes("digest")),
                row.getTimestamp("logged_at").toInstant());
        return new LoggedEntry(row.getLong("leaf_index"), entry, new Hash(row.getBytes("leaf_hash")));
    }
}
