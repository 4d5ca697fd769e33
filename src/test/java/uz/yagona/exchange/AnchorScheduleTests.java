package uz.yagona.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.exchange.internal.AccessLog;
import uz.yagona.exchange.internal.Anchors;
import uz.yagona.exchange.internal.Gateway;
import uz.yagona.ledger.Ledger;

/** Nobody has to ask: the head of the access log reaches the ledger on its own, every anchor interval. */
@SpringBootTest(properties = "yagona.exchange.anchor-interval=200ms")
@ActiveProfiles("test")
class AnchorScheduleTests {

    @Autowired
    Gateway gateway;

    @Autowired
    AccessLog log;

    @Autowired
    Anchors anchors;

    @Autowired
    Ledger ledger;

    @Test
    void theHeadIsAnchoredInTheLedgerWithinAnInterval() throws Exception {
        var served = gateway.serve(ExchangeService.ACCOUNTS, "31405900260013",
                RequestContext.system("MBB", "schedule-test", Purpose.ENFORCEMENT, "Writ", "IJ-S-1"), Map.of(),
                () -> Optional.of(List.of()));
        long seq = log.entry(served.requestId()).orElseThrow().entry().seq();

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (anchors.latest().map(anchor -> anchor.seq() < seq).orElse(true) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        var anchor = anchors.latest().orElseThrow();
        assertThat(anchor.seq()).isGreaterThanOrEqualTo(seq);
        assertThat(ledger.awaitIncluded(anchor.receipt(), Duration.ofSeconds(10))).isPresent();
        assertThat(anchors.verify(Duration.ZERO).intact()).isTrue();
    }
}
