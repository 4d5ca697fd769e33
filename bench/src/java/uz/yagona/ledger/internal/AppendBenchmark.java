package uz.yagona.ledger.internal;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uz.yagona.ledger.Hash;
import uz.yagona.ledger.Receipt;

/**
 * Appends per second, end to end: {@value #WRITERS} writers append {@value #PER_INVOCATION} entries (each its own
 * committed transaction, as a module's business transaction would be) and the invocation ends when the
 * sequencer has integrated all of them under a signed tree head. The ceiling is the same inserts into a plain
 * table with no sequencing, no hashing and no signing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AppendBenchmark {

    static final int PER_INVOCATION = 1000;
    static final int WRITERS = 8;

    private BenchDatabase database;
    private LedgerWorkers workers;
    private PostgresLedger ledger;
    private LedgerStore store;
    private long counter;

    @Setup(Level.Trial)
    public void start() throws Exception {
        database = new BenchDatabase(Files.createTempDirectory("ledger-bench-append"), true);
        database.jdbc.sql("create table ledger.plain_insert (like ledger.pending including defaults including identity)").update();
        store = new LedgerStore(database.dataSource);
        var tree = new StoredTree(store);
        var key = LedgerKey.loadOrCreate(Files.createTempDirectory("ledger-bench-key").resolve("ledger.p12"),
                "bench".toCharArray(), "bench.yagona.uz/ledger");
        var settings = new LedgerSettings(null, null, null, 1000, Duration.ofMillis(5), Duration.ofHours(1));
        var sequencer = new Sequencer(store, key, new TransactionTemplate(
                new DataSourceTransactionManager(database.dataSource)), event -> { }, Clock.systemUTC(), 1000);
        workers = new LedgerWorkers(sequencer, new Monitor(store, tree, key, new SimpleMeterRegistry()), settings);
        workers.start();
        ledger = new PostgresLedger(store, tree, key);
        System.out.println("\nPostgreSQL: " + database.settings());
    }

    @Benchmark
    @OperationsPerInvocation(PER_INVOCATION)
    public void appendAndAwaitIntegration() throws Exception {
        var lastOfEachWriter = new ArrayList<Future<Receipt>>();
        try (var writers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < WRITERS; w++) {
                lastOfEachWriter.add(writers.submit(() -> {
                    Receipt last = null;
                    for (int i = 0; i < PER_INVOCATION / WRITERS; i++) {
                        last = ledger.append("writ.signed", "W-" + next(), digest());
                    }
                    return last;
                }));
            }
        }
        // a writer's entries are integrated in its commit order, so its last one arriving means all of them did
        for (var last : lastOfEachWriter) {
            if (ledger.awaitIncluded(last.get(), Duration.ofSeconds(60)).isEmpty()) {
                throw new IllegalStateException("not integrated within a minute");
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(PER_INVOCATION)
    public void ceilingPlainInsert() throws Exception {
        var done = new ArrayList<Future<Object>>();
        try (var writers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < WRITERS; w++) {
                done.add(writers.submit(() -> {
                    for (int i = 0; i < PER_INVOCATION / WRITERS; i++) {
                        database.jdbc.sql("insert into ledger.plain_insert (type, reference, digest) values (?, ?, ?)")
                                .params("writ.signed", "W-" + next(), digest().bytes()).update();
                    }
                    return null;
                }));
            }
        }
        for (var writer : done) {
            writer.get(); // a failed insert must fail the benchmark, not make it look fast
        }
    }

    private synchronized long next() {
        return counter++;
    }

    private Hash digest() {
        return Hash.sha256(Long.toString(next()).getBytes());
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        var heads = database.jdbc.sql("select count(*) from ledger.tree_head").query(Long.class).single();
        var leaves = database.jdbc.sql("select count(*) from ledger.leaf").query(Long.class).single();
        System.out.printf("%nLedger: %d leaves in %d batches, %.1f entries per batch on average%n", leaves, heads,
                heads == 0 ? 0.0 : (double) leaves / heads);
        workers.stop();
        database.close();
    }
}
