package uz.yagona.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentTypesTests {

    @Test
    void magicBytesDecideTheType() {
        assertThat(ContentTypes.sniff("%PDF-1.4 rest".getBytes(StandardCharsets.US_ASCII))).hasValue("application/pdf");
        assertThat(ContentTypes.sniff(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0})).hasValue("image/jpeg");
        assertThat(ContentTypes.sniff("\uFEFF<?xml version=\"1.0\"?><a/>".getBytes(StandardCharsets.UTF_8)))
                .hasValue("application/xml");
    }

    @Test
    void utf8TextInEitherScriptIsPlainTextButBinaryIsNothing() {
        assertThat(ContentTypes.sniff("Oʻzbekiston — Ўзбекистон\n".getBytes(StandardCharsets.UTF_8)))
                .hasValue("text/plain");
        assertThat(ContentTypes.sniff(new byte[] {'a', 0, 'b'})).isEmpty();
        assertThat(ContentTypes.sniff(new byte[] {(byte) 0xc3, (byte) 0x28})).as("malformed UTF-8").isEmpty();
        assertThat(ContentTypes.sniff(new byte[] {'P', 'K', 3, 4, 20, 0})).as("a ZIP").isEmpty();
        assertThat(ContentTypes.sniff("   \n".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
