package uz.yagona.documents.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a content really is, told by its first bytes (magic numbers) and never by what the uploader declared:
 * PDF, PNG, JPEG, XML, or plain UTF-8 text without control characters.
 */
public final class ContentTypes {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] UTF8_BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

    private ContentTypes() {
    }

    /** The sniffed media type, or empty when the content is none of the allowed kinds. */
    public static Optional<String> sniff(byte[] content) {
        if (startsWith(content, PDF, 0)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, PNG, 0)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, JPEG, 0)) {
            return Optional.of("image/jpeg");
        }
        var text = utf8(content);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        var body = text.get().stripLeading();
        if (body.startsWith("<?xml") || body.startsWith("<") && body.stripTrailing().endsWith(">")) {
            return Optional.of("application/xml");
        }
        return text.get().isBlank() ? Optional.empty() : Optional.of("text/plain");
    }

    private static Optional<String> utf8(byte[] content) {
        var start = startsWith(content, UTF8_BOM, 0) ? UTF8_BOM.length : 0;
        try {
            var text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start))
                    .toString();
            boolean control = text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
            return control ? Optional.empty() : Optional.of(text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix, int offset) {
        if (content.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
