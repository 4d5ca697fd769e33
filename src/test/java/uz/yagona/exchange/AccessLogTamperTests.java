package uz.yagona.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.exchange.internal.AccessLog;
import uz.yagona.exchange.internal.Anchors;
import uz.yagona.exchange.internal.Gateway;
import uz.yagona.ledger.Ledger;

/**
 * The access log cannot be altered unnoticed: the database refuses changes, and what a superuser does anyway
 * (triggers off) the verification finds and names: an altered entry, a deleted one, a truncated tail, a forged
 * anchor. Every test puts the log back as it was, so the chain stays intact for the tests after it.
 */
@SpringBootTest
@ActiveProfiles("test")
class AccessLogTamperTests {

    @Autowired
    Gateway gateway;

    @Autowired
    AccessLog log;

    @Autowired
    Anchors anchors;

    @Autowired
    Ledger ledger;

    @Autowired
    ExchangeTesting testing;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void theLogIsIntactToBeginWith() {
        assertThat(anchors.verify(Duration.ZERO).intact()).isTrue();
    }

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateTheLog() {
        var seq = served(1).getFirst();
        assertThatThrownBy(() -> jdbc.update("update exchange.access_log set purpose = 'SELF' where seq = ?", seq))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from exchange.access_log where seq = ?", seq))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate exchange.access_log"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from exchange.anchor"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
    }

    @Test
    void anEntryAlteredBySuperuserIsFoundAndNamed() {
        var seqs = served(3);
        var victim = seqs.get(1);
        var original = jdbc.queryForObject("select case_reference from exchange.access_log where seq = ?",
                String.class, victim);
        try {
            testing.asSuperuser("update exchange.access_log set case_reference = 'nothing to see' where seq = ?",
                    victim);
            var verification = anchors.verify(Duration.ZERO);
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBroken()).isEqualTo(victim);
            assertThat(verification.problem()).isEqualTo("altered");
        } finally {
            testing.asSuperuser("update exchange.access_log set case_reference = ? where seq = ?", original, victim);
        }
        assertThat(anchors.verify(Duration.ZERO).intact()).isTrue();
    }

    @Test
    void anOutcomeRewrittenFromRefusedToServedIsFound() {
        var seq = refused();
        try {
            testing.asSuperuser("update exchange.access_log set outcome = 'SERVED', reason = null where seq = ?", seq);
            var verification = anchors.verify(Duration.ZERO);
            assertThat(verification.firstBroken()).isEqualTo(seq);
            assertThat(verification.problem()).isEqualTo("altered");
        } finally {
            testing.asSuperuser("update exchange.access_log set outcome = 'REFUSED', "
                    + "reason = 'exchange.refused.service' where seq = ?", seq);
        }
        assertThat(anchors.verify(Duration.ZERO).intact()).isTrue();
    }

    @Test
    void anEntryDeletedInTheMiddleIsFoundAndNamed() {
        var seqs = served(3);
        var victim = seqs.get(1);
        var row = jdbc.queryForMap("select * from exchange.access_log where seq = ?", victim);
        try {
            testing.asSuperuser("delete from exchange.access_log where seq = ?", victim);
            var verification = anchors.verify(Duration.ZERO);
            assertThat(verification.firstBroken()).isEqualTo(victim);
            assertThat(verification.problem()).isEqualTo("missing");
        } finally {
            restore(row);
        }
        assertThat(anchors.verify(Duration.ZERO).intact()).isTrue();
    }

    @Test
    void aTruncatedTailIsFoundThroughTheLedgerAnchor() throws Exception {
        var seqs = served(3);
        var anchor = anchors.anchorNow().or(anchors::latest).orElseThrow();
        assertThat(anchor.seq()).isGreaterThanOrEqualTo(seqs.getLast());
        assertThat(ledger.awaitIncluded(anchor.receipt(), Duration.ofSeconds(10))).isPresent();
        var tail = jdbc.queryForList("select * from exchange.access_log where seq >= ? order by seq", seqs.getFirst());
        try {
            testing.asSuperuser("delete from exchange.access_log where seq >= ?", seqs.getFirst());
            var verification = anchors.verify(Duration.ZERO);
            assertThat(verification.intact()).isFalse();
            assertThat(verification.problem()).isEqualTo("truncated");
            assertThat(verification.firstBroken()).isEqualTo(seqs.getFirst());
        } finally {
            tail.forEach(this::restore);
        }
        assertThat(anchors.verify(Duration.ZERO).intact()).isTrue();
    }

    @Test
    void theAnchoredHeadIsInTheLedgerUnderItsHash() throws Exception {
        served(1);
        var anchor = anchors.anchorNow().orElseThrow();
        var logged = ledger.awaitIncluded(anchor.receipt(), Duration.ofSeconds(10)).orElseThrow();
        assertThat(logged.entry().type()).isEqualTo("exchange.access-log.head");
        assertThat(logged.entry().reference()).isEqualTo("exchange-access-log:" + anchor.seq());
        assertThat(logged.entry().digest()).isEqualTo(log.entry(anchor.seq()).orElseThrow().entryHash());
        assertThat(anchors.anchorNow()).as("nothing new to anchor").isEmpty();
    }

    @Test
    void aForgedAnchorThatIsNotInTheLedgerIsFound() throws Exception {
        served(1);
        var anchor = anchors.anchorNow().orElseThrow();
        ledger.awaitIncluded(anchor.receipt(), Duration.ofSeconds(10)).orElseThrow();
        var forged = served(1).getFirst();
        var forgedHash = log.entry(forged).orElseThrow().entryHash();
        testing.asSuperuser("insert into exchange.anchor (seq, head_hash, anchored_at, ledger_sequence) "
                + "values (?, ?, now() - interval '1 hour', -1)", forged, forgedHash.bytes());
        try {
            var verification = anchors.verify(Duration.ZERO);
            assertThat(verification.problem()).isEqualTo("unanchored");
            assertThat(verification.firstBroken()).isEqualTo(forged);
        } finally {
            testing.asSuperuser("delete from exchange.anchor where seq = ?", forged);
        }
    }

    /** Appends served requests that read nothing, returning their seq numbers. */
    private List<Long> served(int count) {
        var seqs = new ArrayList<Long>();
        for (int i = 0; i < count; i++) {
            var servedRequest = gateway.serve(ExchangeService.ACCOUNTS, "31405900260013",
                    RequestContext.system("MBB", "tamper-test", Purpose.ENFORCEMENT, "Writ " + i, "IJ-T-" + i),
                    Map.of(), () -> Optional.of(List.of()));
            seqs.add(log.entry(servedRequest.requestId()).orElseThrow().entry().seq());
        }
        return seqs;
    }

    private long refused() {
        try {
            gateway.serve(ExchangeService.HOLD, "31405900260013",
                    RequestContext.system("STC", "tamper-test", Purpose.TAX_ADMINISTRATION, "Tax Code", "T-9"),
                    Map.of(), () -> Optional.of("never"));
        } catch (RequestRefused refused) {
            return log.entry(refused.requestId()).orElseThrow().entry().seq();
        }
        throw new AssertionError("expected a refusal");
    }

    private void restore(Map<String, Object> row) {
        var columns = String.join(", ", row.keySet());
        var marks = String.join(", ", row.keySet().stream().map(column -> "?").toList());
        testing.asSuperuser("insert into exchange.access_log (" + columns + ") values (" + marks + ")",
                row.values().toArray());
    }
}
