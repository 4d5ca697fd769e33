package uz.yagona.exchange.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uz.yagona.ledger.Hash;
import uz.yagona.ledger.Ledger;
import uz.yagona.ledger.Receipt;

/**
 * Anchors the head of the access log in the ledger: the ledger entry carries the head's hash as its digest, so
 * removing entries at the end of the log (which leaves no gap in the chain) no longer matches what the ledger
 * holds. A node anchors only when the head moved since the last anchor; nodes never anchor twice at once.
 */
@Component
public class Anchors {

    static final String TYPE = "exchange.access-log.head";
    private static final long LOCK = 0x45584348_414E4348L; // "EXCHANCH"

    private final JdbcClient jdbc;
    private final AccessLog log;
    private final Ledger ledger;
    private final Clock clock;

    Anchors(JdbcClient jdbc, AccessLog log, Ledger ledger, Clock clock) {
        this.jdbc = jdbc;
        this.log = log;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** A head of the log as anchored. */
    public record Anchor(long seq, Hash headHash, Instant anchoredAt, long ledgerSequence) {
        public Receipt receipt() {
            return new Receipt(ledgerSequence);
        }
    }

    static String reference(long seq) {
        return "exchange-access-log:" + seq;
    }

    /** Anchors the current head unless it is anchored already or another node is anchoring right now. */
    @Transactional
    public Optional<Anchor> anchorNow() {
        boolean mine = Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK)
                .query(Boolean.class).single());
        if (!mine) {
            return Optional.empty();
        }
        var head = log.head();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        long seq = head.get().entry().seq();
        var latest = latest();
        if (latest.isPresent() && latest.get().seq() >= seq) {
            return Optional.empty();
        }
        var receipt = ledger.append(TYPE, reference(seq), head.get().entryHash());
        var anchor = new Anchor(seq, head.get().entryHash(), clock.instant(), receipt.sequence());
        jdbc.sql("insert into exchange.anchor (seq, head_hash, anchored_at, ledger_sequence) values (?, ?, ?, ?)")
                .params(seq, anchor.headHash().bytes(), java.sql.Timestamp.from(anchor.anchoredAt()),
                        receipt.sequence())
                .update();
        return Optional.of(anchor);
    }

    public Optional<Anchor> latest() {
        return jdbc.sql("select seq, head_hash, anchored_at, ledger_sequence from exchange.anchor "
                        + "order by seq desc limit 1")
                .query((row, n) -> new Anchor(row.getLong(1), new Hash(row.getBytes(2)),
                        row.getTimestamp(3).toInstant(), row.getLong(4)))
                .optional();
    }

    /** Every anchor, oldest first. */
    public List<Anchor> all() {
        return jdbc.sql("select seq, head_hash, anchored_at, ledger_sequence from exchange.anchor order by seq")
                .query((row, n) -> new Anchor(row.getLong(1), new Hash(row.getBytes(2)),
                        row.getTimestamp(3).toInstant(), row.getLong(4)))
                .list();
    }

    /**
     * Checks the log, then that each anchor older than {@code grace} is really in the ledger (a forged anchor
     * row, made to fit a truncated log, is not).
     */
    public Verification verify(Duration grace) {
        var anchors = all();
        var result = log.verify(anchors);
        if (!result.intact()) {
            return result;
        }
        var settled = clock.instant().minus(grace);
        for (var anchor : anchors) {
            if (anchor.anchoredAt().isAfter(settled)) {
                continue;
            }
            boolean inLedger = ledger.entriesWithDigest(anchor.headHash(), 16).stream()
                    .anyMatch(logged -> TYPE.equals(logged.entry().type())
                            && reference(anchor.seq()).equals(logged.entry().reference()));
            if (!inLedger) {
                return new Verification(result.entriesChecked(), anchor.seq(), "unanchored",
                        result.anchoredUpTo());
            }
        }
        return result;
    }
}
