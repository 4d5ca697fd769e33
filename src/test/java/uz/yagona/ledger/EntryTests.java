package uz.yagona.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import uz.yagona.shared.InvalidValueException;

class EntryTests {

    private static final Hash DIGEST = Hash.fromHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

    @Test
    void encodingIsTheDocumentedByteLayoutSoOutsidersCanRecomputeLeafHashes() {
        var entry = new Entry("writ.signed", "W-1", DIGEST, Instant.ofEpochMilli(0x0102030405L));

        assertThat(HexFormat.of().formatHex(entry.encode())).isEqualTo("01" + "0000000102030405"
                + "000b" + HexFormat.of().formatHex("writ.signed".getBytes()) + "0003" + "572d31" + DIGEST.hex());
        assertThat(entry.leafHash()).isEqualTo(Hash.sha256(new byte[] {0}, entry.encode()));
    }

    @Test
    void referencesAreUtf8AndLengthPrefixedSoNoTwoEntriesShareAnEncoding() {
        var one = new Entry("a.b", "Ўзбекистон", DIGEST, Instant.EPOCH);
        var other = new Entry("a.bx", "ўзбекистон", DIGEST, Instant.EPOCH);

        assertThat(one.encode()).isNotEqualTo(other.encode());
        assertThat(one.encode()).hasSize(1 + 8 + 2 + 3 + 2 + "Ўзбекистон".getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 32);
    }

    @Test
    void timestampKeepsMillisecondsOnly() {
        var entry = new Entry("a.b", "x", DIGEST, Instant.ofEpochSecond(1, 123_456_789));

        assertThat(entry.timestamp()).isEqualTo(Instant.ofEpochMilli(1123));
    }

    @Test
    void typesAreDottedLowerCaseWordsAndReferencesPrintable() {
        assertThatThrownBy(() -> new Entry("Writ", "x", DIGEST, Instant.EPOCH)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Entry("writ..signed", "x", DIGEST, Instant.EPOCH))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Entry("writ.signed", "x".repeat(257), DIGEST, Instant.EPOCH))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void hashesReadStandardAndUrlSafeBase64AndRefuseGarbage() {
        var hash = Hash.sha256("x".getBytes());

        assertThat(Hash.fromBase64(hash.base64())).isEqualTo(hash);
        assertThat(Hash.fromBase64(hash.base64Url())).isEqualTo(hash);
        assertThatThrownBy(() -> Hash.fromBase64("***")).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("ledger.hash.base64");
        assertThatThrownBy(() -> Hash.fromBase64("AAAA")).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("ledger.hash.length");
    }
}
