package uz.yagona.exchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uz.yagona.exchange.Outcome;
import uz.yagona.ledger.Hash;

/**
 * The append-only, hash-chained access log. One writer at a time (a transaction-scoped advisory lock, so also
 * across nodes) takes the next seq and links to the hash of the entry before. Appends are group-committed: a
 * writer thread takes every draft waiting, chains and inserts them in one short transaction of its own, and only
 * then does each caller return, so the lock is never held across a caller's work and concurrent requests share
 * one commit. The database refuses UPDATE, DELETE and TRUNCATE; what a superuser does anyway, {@link #verify}
 * finds.
 */
@Component
public class AccessLog implements DisposableBean {

    private static final Logger logger = LoggerFactory.getLogger(AccessLog.class);
    private static final int BATCH = 256;

    private static final long LOCK = 0x45584348_4C4F4721L; // "EXCHLOG!"
    private static final String COLUMNS = """
            seq, request_id, logged_at, agency, officer, system_client, purpose, legal_basis, case_reference,
            service, subject, outcome, reason, request_digest, answer_digest, hidden_until, previous_hash,
            entry_hash""";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private final Thread writer;

    AccessLog(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.writer = Thread.ofPlatform().name("exchange-access-log").daemon().start(this::write);
    }

    private record Pending(Draft draft, CompletableFuture<LogEntry> done) {
    }

    /** What a caller knows of an entry before it is sequenced. */
    public record Draft(UUID requestId, String agency, @Nullable UUID officer, @Nullable String system,
            @Nullable String purpose, @Nullable String legalBasis, @Nullable String caseReference, String service,
            String subject, Outcome outcome, @Nullable String reason, Hash requestDigest,
            @Nullable Hash answerDigest, @Nullable LocalDate hiddenUntil) {
    }

    /** A stored entry with its links. */
    public record Stored(LogEntry entry, Hash previousHash, Hash entryHash) {
    }

    /** Appends in a transaction of its own (shared with concurrent appends), committed when this returns. */
    public LogEntry append(Draft draft) {
        var pending = new Pending(draft, new CompletableFuture<>());
        waiting.add(pending);
        try {
            return pending.done().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException("The access log could not be written", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The access log did not answer in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing the access log", e);
        }
    }

    private void write() {
        while (!Thread.currentThread().isInterrupted()) {
            var batch = new ArrayList<Pending>();
            try {
                batch.add(waiting.take());
            } catch (InterruptedException e) {
                return;
            }
            waiting.drainTo(batch, BATCH - 1);
            try {
                commit(batch);
            } catch (RuntimeException e) {
                if (batch.size() == 1) {
                    logger.warn("Could not write an access log entry; its request fails", e);
                    batch.getFirst().done().completeExceptionally(e);
                } else {
                    // one bad draft must not fail the others: each on its own
                    for (var pending : batch) {
                        try {
                            commit(List.of(pending));
                        } catch (RuntimeException single) {
                            logger.warn("Could not write an access log entry; its request fails", single);
                            pending.done().completeExceptionally(single);
                        }
                    }
                }
            }
        }
    }

    /** Chains and inserts the drafts in one transaction; completes them only once it committed. */
    private void commit(List<Pending> batch) {
        var entries = ownTransaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query((row, n) -> 1).list();
            var last = jdbc.sql("select seq, entry_hash from exchange.access_log order by seq desc limit 1")
                    .query((row, n) -> new Object[] {row.getLong(1), new Hash(row.getBytes(2))}).optional();
            long seq = last.map(values -> (Long) values[0]).orElse(0L);
            var previous = last.map(values -> (Hash) values[1]).orElse(LogEntry.GENESIS);
            var written = new ArrayList<LogEntry>(batch.size());
            for (var pending : batch) {
                var entry = entry(++seq, pending.draft());
                var hash = entry.hash(previous);
                insert(entry, previous, hash);
                written.add(entry);
                previous = hash;
            }
            return written;
        });
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).done().complete(entries.get(i));
        }
    }

    @Override
    public void destroy() {
        writer.interrupt();
    }

    private LogEntry entry(long seq, Draft d) {
        return new LogEntry(seq, d.requestId(), clock.instant(), clip(d.agency(), 64), d.officer(),
                clip(d.system(), 200), d.purpose(), clip(d.legalBasis(), 1000), clip(d.caseReference(), 200),
                d.service(), clip(d.subject(), 64), d.outcome(), d.reason(), d.requestDigest(), d.answerDigest(),
                d.hiddenUntil());
    }

    private void insert(LogEntry entry, Hash previous, Hash hash) {
        jdbc.sql("insert into exchange.access_log (" + COLUMNS + ") values "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(entry.seq(), entry.requestId(), Timestamp.from(entry.loggedAt()), entry.agency(),
                        entry.officer(), entry.system(), entry.purpose(), entry.legalBasis(), entry.caseReference(),
                        entry.service(), entry.subject(), entry.outcome().name(), entry.reason(),
                        entry.requestDigest().bytes(),
                        entry.answerDigest() == null ? null : entry.answerDigest().bytes(), entry.hiddenUntil(),
                        previous.bytes(), hash.bytes())
                .update();
    }

    /** The newest entry with its hash, if any. */
    public Optional<Stored> head() {
        return jdbc.sql("select " + COLUMNS + " from exchange.access_log order by seq desc limit 1")
                .query(AccessLog::stored).optional();
    }

    public Optional<Stored> entry(long seq) {
        return jdbc.sql("select " + COLUMNS + " from exchange.access_log where seq = ?").param(seq)
                .query(AccessLog::stored).optional();
    }

    public Optional<Stored> entry(UUID requestId) {
        return jdbc.sql("select " + COLUMNS + " from exchange.access_log where request_id = ?").param(requestId)
                .query(AccessLog::stored).optional();
    }

    /**
     * Entries about a subject the subject may see, newest first: all but those still hidden for an
     * investigation on {@code today}.
     */
    public List<LogEntry> visibleTo(String subject, LocalDate today, int limit) {
        return jdbc.sql("select " + COLUMNS + " from exchange.access_log where subject = ? "
                        + "and (hidden_until is null or hidden_until <= ?) order by seq desc limit ?")
                .params(subject, today, limit)
                .query((row, n) -> stored(row, n).entry()).list();
    }

    /**
     * Walks the whole chain from the first entry: every seq present, every link to the hash before, every hash
     * recomputed from the content; then checks that every head anchored in the ledger is still there.
     */
    public Verification verify(List<Anchors.Anchor> anchors) {
        var broken = new AtomicReference<Verification>();
        var checked = new long[] {0};
        var expected = new Object[] {1L, LogEntry.GENESIS};
        jdbc.sql("select " + COLUMNS + " from exchange.access_log order by seq").query(row -> {
            if (broken.get() != null) {
                return;
            }
            var stored = stored(row, 0);
            long seq = stored.entry().seq();
            if (seq != (Long) expected[0]) {
                broken.set(new Verification(checked[0], (Long) expected[0], "missing", 0));
                return;
            }
            if (!stored.previousHash().equals(expected[1])) {
                broken.set(new Verification(checked[0], seq, "relinked", 0));
                return;
            }
            var recomputed = stored.entry().hash(stored.previousHash());
            if (!recomputed.equals(stored.entryHash())) {
                broken.set(new Verification(checked[0], seq, "altered", 0));
                return;
            }
            checked[0]++;
            expected[0] = seq + 1;
            expected[1] = stored.entryHash();
        });
        if (broken.get() != null) {
            return broken.get();
        }
        long anchoredUpTo = 0;
        for (var anchor : anchors) {
            var stored = entry(anchor.seq());
            if (stored.isEmpty() || !stored.get().entryHash().equals(anchor.headHash())) {
                return new Verification(checked[0], Math.min(anchor.seq(), checked[0] + 1), "truncated",
                        anchoredUpTo);
            }
            anchoredUpTo = Math.max(anchoredUpTo, anchor.seq());
        }
        return new Verification(checked[0], null, null, anchoredUpTo);
    }

    private static Stored stored(ResultSet row, int n) throws SQLException {
        var answer = row.getBytes("answer_digest");
        var hidden = row.getObject("hidden_until", LocalDate.class);
        var entry = new LogEntry(row.getLong("seq"), row.getObject("request_id", UUID.class),
                row.getTimestamp("logged_at").toInstant(), row.getString("agency"),
                row.getObject("officer", UUID.class), row.getString("system_client"), row.getString("purpose"),
                row.getString("legal_basis"), row.getString("case_reference"), row.getString("service"),
                row.getString("subject"), Outcome.valueOf(row.getString("outcome")), row.getString("reason"),
                new Hash(row.getBytes("request_digest")), answer == null ? null : new Hash(answer), hidden);
        return new Stored(entry, new Hash(row.getBytes("previous_hash")), new Hash(row.getBytes("entry_hash")));
    }

    private static @Nullable String clip(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
