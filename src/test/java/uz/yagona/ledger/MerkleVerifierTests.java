package uz.yagona.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public RFC 6962/9162 vectors of transparency-dev/merkle, read from {@code ../shared/testvectors/merkle}
 * beside the project (as in CI), never copied into it.
 */
class MerkleVerifierTests {

    static final Path VECTORS = Path.of("../shared/testvectors/merkle/testdata");
    private static final JsonMapper json = JsonMapper.builder().build();

    @TestFactory
    Stream<DynamicTest> everyInclusionVectorIsAcceptedOrRejectedAsItSays() throws IOException {
        return vectors("inclusion").stream().map(file -> DynamicTest.dynamicTest(name(file), () -> {
            var vector = json.readTree(file.toFile());
            var verified = MerkleVerifier.verifyInclusion(uint64(vector.get("leafIdx")),
                    uint64(vector.get("treeSize")), bytes(vector.get("leafHash")), hashes(vector.get("proof")),
                    bytes(vector.get("root")));
            assertThat(verified).as(vector.get("desc").asString()).isEqualTo(!vector.get("wantErr").asBoolean());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyConsistencyVectorIsAcceptedOrRejectedAsItSays() throws IOException {
        return vectors("consistency").stream().map(file -> DynamicTest.dynamicTest(name(file), () -> {
            var vector = json.readTree(file.toFile());
            var verified = MerkleVerifier.verifyConsistency(uint64(vector.get("size1")),
                    uint64(vector.get("size2")), bytes(vector.get("root1")), bytes(vector.get("root2")),
                    hashes(vector.get("proof")));
            assertThat(verified).as(vector.get("desc").asString()).isEqualTo(!vector.get("wantErr").asBoolean());
        }));
    }

    @Test
    void theVectorsAreThereAndIncludeRejectionsAndConsistencyFromSizeZero() throws IOException {
        var all = Stream.concat(vectors("inclusion").stream(), vectors("consistency").stream()).toList();
        var rejected = all.stream().filter(file -> read(file).get("wantErr").asBoolean()).toList();

        assertThat(all).hasSizeGreaterThanOrEqualTo(196);
        assertThat(rejected).hasSizeGreaterThan(150);
        assertThat(vectors("consistency")).anyMatch(file -> read(file).get("size1").asLong() == 0
                && read(file).get("wantErr").asBoolean());
    }

    @Test
    void emptyTreeHashIsTheHashOfNothingAndLeavesAndNodesArePrefixed() {
        // RFC 9162 §2.1.1: MTH({}) = SHA-256(), MTH({d0}) = SHA-256(0x00 || d0)
        assertThat(Hash.sha256().base64()).isEqualTo("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
        assertThat(MerkleVerifier.leafHash(new byte[0]).hex())
                .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
        var leaf = MerkleVerifier.leafHash(new byte[0]);
        assertThat(MerkleVerifier.nodeHash(leaf, leaf)).isEqualTo(Hash.sha256(new byte[] {1}, leaf.bytes(),
                leaf.bytes()));
    }

    static List<Path> vectors(String kind) throws IOException {
        try (var files = Files.walk(VECTORS.resolve(kind))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** RFC 9162 sizes are uint64; the vectors use 2^64 - 1, which wraps to -1 as Java's long does. */
    private static long uint64(JsonNode number) {
        return number.bigIntegerValue().longValue();
    }

    private static String name(Path file) {
        return VECTORS.relativize(file).toString();
    }

    private static JsonNode read(Path file) {
        return json.readTree(file.toFile());
    }

    private static byte[] bytes(JsonNode base64) {
        return base64 == null || base64.isNull() ? new byte[0] : Base64.getDecoder().decode(base64.asString());
    }

    private static List<byte[]> hashes(JsonNode proof) {
        if (proof == null || proof.isNull()) {
            return List.of();
        }
        return proof.valueStream().map(MerkleVerifierTests::bytes).toList();
    }
}
