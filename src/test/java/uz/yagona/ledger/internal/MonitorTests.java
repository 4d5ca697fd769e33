package uz.yagona.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.ledger.Hash;
import uz.yagona.ledger.Ledger;
import uz.yagona.ledger.MerkleVerifier;
import uz.yagona.ledger.Receipt;
import uz.yagona.ledger.TreeHeadPublished;

/**
 * A superuser changes stored hashes behind the triggers' back; the monitor and proof verification notice. Runs
 * in a database of its own (the origin makes it a separate context), which it leaves damaged and closes.
 */
@SpringBootTest(properties = "yagona.ledger.origin=monitor-tests.yagona.test")
@ActiveProfiles("test")
@DirtiesContext
class MonitorTests {

    @Autowired
    Ledger ledger;

    @Autowired
    Monitor monitor;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    PublishedHeads published;

    @Test
    void tamperingWithStoredHashesIsDetectedByTheMonitorAndByProofVerification() throws Exception {
        appendAndWait(5);
        assertThat(monitor.check()).isZero();
        var before = ledger.latestTreeHead().orElseThrow();
        long size = before.treeSize();
        var inclusionOfLeafOne = ledger.inclusionProof(1, size);
        var leafOne = ledger.entry(1).orElseThrow().leafHash();
        assertThat(MerkleVerifier.verifyInclusion(inclusionOfLeafOne, leafOne, before.rootHash())).isTrue();

        var tampered = new HashSet<>(Subtrees.decompose(new Range(0, size)));
        tampered.add(new NodeId(0, 0));
        tamper(tampered);

        assertThat(MerkleVerifier.verifyInclusion(ledger.inclusionProof(1, size), leafOne, before.rootHash()))
                .as("leaf 1's audit path holds the altered leaf 0").isFalse();
        appendAndWait(3);
        monitor.check();
        assertThat(meters.get("yagona.ledger.inconsistencies").counter().count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void everyBatchPublishesItsSignedTreeHeadAsAnEvent() throws Exception {
        appendAndWait(2);
        var latest = ledger.latestTreeHead().orElseThrow();

        assertThat(published.heads()).extracting(event -> event.head().treeSize()).contains(latest.treeSize());
        assertThat(published.heads()).filteredOn(event -> event.head().treeSize() == latest.treeSize())
                .singleElement().extracting(TreeHeadPublished::head).isEqualTo(latest);
    }

    private void appendAndWait(int count) throws InterruptedException {
        var receipts = new ArrayList<Receipt>();
        for (int i = 0; i < count; i++) {
            receipts.add(ledger.append("writ.signed", "W-" + System.nanoTime(), Hash.sha256(new byte[] {(byte) i})));
        }
        for (var receipt : receipts) {
            assertThat(ledger.awaitIncluded(receipt, Duration.ofSeconds(10))).isPresent();
        }
    }

    /** What an attacker with superuser rights could do: switch the trigger off, rewrite, switch it back on. */
    private void tamper(Iterable<NodeId> nodes) {
        jdbc.sql("alter table ledger.node disable trigger node_append_only").update();
        for (var node : nodes) {
            jdbc.sql("update ledger.node set hash = sha256(hash) where level = ? and node_index = ?")
                    .params(node.level(), node.index()).update();
        }
        jdbc.sql("alter table ledger.node enable trigger node_append_only").update();
    }

    @TestConfiguration
    static class Listening {

        @Bean
        PublishedHeads publishedHeads() {
            return new PublishedHeads();
        }
    }

    /** Another module's view: it hears of each tree head. */
    static class PublishedHeads {

        private final List<TreeHeadPublished> heads = new CopyOnWriteArrayList<>();

        @EventListener
        void on(TreeHeadPublished event) {
            heads.add(event);
        }

        List<TreeHeadPublished> heads() {
            return List.copyOf(heads);
        }
    }
}
