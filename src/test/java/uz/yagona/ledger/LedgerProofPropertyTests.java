package uz.yagona.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Random entries, appended concurrently so that batches and tree heads fall at random sizes; then every proof
 * the ledger gives, at every tree size, must equal the one RFC 9162 defines over an in-memory tree and verify.
 */
@SpringBootTest
@ActiveProfiles("test")
class LedgerProofPropertyTests {

    private static final long SEED = 20261124L;

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyInclusionAndConsistencyProofMatchesTheReferenceTreeAtEverySize() throws Exception {
        var random = new Random(SEED);
        appendRandomly(random, 300);
        long size = ledger.latestTreeHead().orElseThrow().treeSize();
        var leaves = new ArrayList<Hash>();
        for (long index = 0; index < size; index++) {
            var logged = ledger.entry(index).orElseThrow();
            // the canonical encoding documented on Entry gives the stored leaf hash
            assertThat(logged.entry().leafHash()).as("leaf %d", index).isEqualTo(logged.leafHash());
            leaves.add(logged.leafHash());
        }
        var reference = new ReferenceTree(leaves);

        for (var treeSize : jdbc.sql("select tree_size from ledger.tree_head").query(Long.class).list()) {
            assertThat(ledger.treeHead(treeSize).orElseThrow().rootHash()).isEqualTo(reference.root(treeSize.intValue()));
        }
        for (int n = 1; n <= size; n++) {
            var root = reference.root(n);
            for (int m : List.of(0, n - 1, random.nextInt(n), random.nextInt(n))) {
                var proof = ledger.inclusionProof(m, n);
                assertThat(proof.auditPath()).as("path of %d in %d", m, n).isEqualTo(reference.path(m, n));
                assertThat(MerkleVerifier.verifyInclusion(proof, leaves.get(m), root)).isTrue();
                assertThat(MerkleVerifier.verifyInclusion(proof, leaves.get(m), reference.root(Math.max(1, n - 1))))
                        .as("root of another size").isEqualTo(n == 1);
            }
            for (int first : List.of(1, n, Math.max(1, n - 1), 1 + random.nextInt(n))) {
                var proof = ledger.consistencyProof(first, n);
                assertThat(proof.proof()).as("proof %d to %d", first, n).isEqualTo(reference.proof(first, n));
                assertThat(MerkleVerifier.verifyConsistency(proof, reference.root(first), root)).isTrue();
                if (!proof.proof().isEmpty()) {
                    assertThat(MerkleVerifier.verifyConsistency(withFlippedBit(proof, random), reference.root(first),
                            root)).as("tampered proof %d to %d", first, n).isFalse();
                }
            }
        }
    }

    @Test
    void aLeafIsFoundByItsHashAndProvenAtEveryLaterSize() throws Exception {
        var receipt = ledger.append("licence.issued", "L-2026-000123", Hash.sha256("licence".getBytes()));
        var logged = ledger.awaitIncluded(receipt, Duration.ofSeconds(10)).orElseThrow();
        long size = ledger.latestTreeHead().orElseThrow().treeSize();

        for (long n = logged.index() + 1; n <= size; n++) {
            var proof = ledger.inclusionProof(logged.leafHash(), n).orElseThrow();
            assertThat(proof.leafIndex()).isEqualTo(logged.index());
        }
        if (logged.index() > 0) {
            assertThat(ledger.inclusionProof(logged.leafHash(), logged.index())).isEmpty();
        }
    }

    private void appendRandomly(Random random, int total) throws Exception {
        var receipts = new ArrayList<Future<Receipt>>();
        try (var appenders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int appended = 0; appended < total; ) {
                int burst = Math.min(total - appended, 1 + random.nextInt(40));
                for (int i = 0; i < burst; i++) {
                    var digest = new byte[32];
                    random.nextBytes(digest);
                    var reference = "W-" + random.nextInt(1_000_000);
                    var type = random.nextBoolean() ? "writ.signed" : "decision.issued";
                    receipts.add(appenders.submit(() -> ledger.append(type, reference, new Hash(digest))));
                }
                appended += burst;
                Thread.sleep(random.nextInt(30));
            }
        }
        for (var receipt : receipts) {
            assertThat(ledger.awaitIncluded(receipt.get(), Duration.ofSeconds(30))).isPresent();
        }
    }

    private static ConsistencyProof withFlippedBit(ConsistencyProof proof, Random random) {
        var hashes = new ArrayList<>(proof.proof());
        int which = random.nextInt(hashes.size());
        var bytes = hashes.get(which).bytes();
        bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
        hashes.set(which, new Hash(bytes));
        return new ConsistencyProof(proof.first(), proof.second(), hashes);
    }
}
