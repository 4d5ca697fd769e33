package uz.yagona.ledger.internal;

import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import uz.yagona.ledger.ConsistencyProof;
import uz.yagona.ledger.Hash;
import uz.yagona.ledger.InclusionProof;
import uz.yagona.ledger.MerkleVerifier;

/**
 * Proof latency at {@code bench.leaves} leaves (default 10,000,000), through the production {@link StoredTree}
 * and {@link LedgerStore}. The node table is filled once by SQL, level by level with real RFC 9162 node hashes
 * ({@code sha256(0x01 || left || right)}); level 0 holds {@code sha256(int8send(i))} as stand-in leaf hashes,
 * since proofs read the leaf table not at all. The database stays in target/ and is reused by later runs.
 * Ceilings in the same run: one primary-key select of a single node (one round trip) and one SHA-256 node hash.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProofBenchmark {

    static final long LEAVES = Long.getLong("bench.leaves", 10_000_000L);

    private BenchDatabase database;
    private StoredTree tree;

    @Setup(Level.Trial)
    public void start() throws Exception {
        database = new BenchDatabase(Path.of("target/bench-pg-" + LEAVES).toAbsolutePath(), false);
        var loaded = database.jdbc.sql("select count(*) from ledger.node where level = 0").query(Long.class).single();
        if (loaded != LEAVES) {
            if (loaded != 0) {
                throw new IllegalStateException("target/bench-pg-" + LEAVES + " is half loaded; delete it");
            }
            load();
        }
        tree = new StoredTree(new LedgerStore(database.dataSource));
        var root = tree.root(LEAVES);
        long m = LEAVES / 3;
        var leaf = new LedgerStore(database.dataSource).nodes(java.util.List.of(new NodeId(0, m))).get(new NodeId(0, m));
        if (!MerkleVerifier.verifyInclusion(tree.inclusion(m, LEAVES), leaf, root)) {
            throw new IllegalStateException("the loaded tree does not verify");
        }
        System.out.printf("%nPostgreSQL: %s; node rows: %d; table and indexes: %s%n", database.settings(),
                database.jdbc.sql("select count(*) from ledger.node").query(Long.class).single(),
                database.jdbc.sql("select pg_size_pretty(pg_total_relation_size('ledger.node'))")
                        .query(String.class).single());
    }

    private void load() {
        long started = System.nanoTime();
        database.jdbc.sql("""
                insert into ledger.node (level, node_index, hash)
                select 0, i, sha256(int8send(i)) from generate_series(0, ? - 1) as i""").param(LEAVES).update();
        for (int level = 1; (LEAVES >> level) > 0; level++) {
            // one ordered pass over the level below, pairing each node with its right neighbour
            database.jdbc.sql("""
                    insert into ledger.node (level, node_index, hash)
                    select ?, node_index / 2, sha256('\\x01'::bytea || hash || right_hash)
                    from (select node_index, hash, lead(hash) over (order by node_index) as right_hash
                          from ledger.node where level = ?) as pairs
                    where node_index % 2 = 0 and right_hash is not null""").params(level, level - 1).update();
        }
        database.jdbc.sql("analyze ledger.node").update();
        System.out.printf("%nLoaded %d leaves in %.1f s%n", LEAVES, (System.nanoTime() - started) / 1e9);
    }

    @Benchmark
    public InclusionProof inclusionProof() {
        return tree.inclusion(ThreadLocalRandom.current().nextLong(LEAVES), LEAVES);
    }

    @Benchmark
    public ConsistencyProof consistencyProof() {
        return tree.consistency(1 + ThreadLocalRandom.current().nextLong(LEAVES - 1), LEAVES);
    }

    @Benchmark
    public byte[] ceilingSelectOneNode() {
        return database.jdbc.sql("select hash from ledger.node where level = 0 and node_index = ?")
                .param(ThreadLocalRandom.current().nextLong(LEAVES)).query(byte[].class).single();
    }

    @Benchmark
    public Hash ceilingSha256Node() {
        var hash = Hash.sha256(Long.toString(ThreadLocalRandom.current().nextLong()).getBytes());
        return MerkleVerifier.nodeHash(hash, hash);
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        database.close();
    }
}
