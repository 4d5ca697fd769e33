package uz.yagona.ledger;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Pattern;
import uz.yagona.shared.InvalidValueException;

/**
 * One record of the ledger: what happened ({@code type}, such as {@code writ.signed}), to what ({@code
 * reference}, the id of a writ, licence or decision) and to which document ({@code digest}, SHA-256 of its
 * bytes), at the time the sequencer logged it. Never personal data: a reference is an id, not a name or PINFL.
 *
 * <p>The leaf hash is {@code SHA-256(0x00 || encode())}, where {@code encode()} is, in this order:
 * <pre>
 *   version      1 byte   0x01
 *   timestamp    8 bytes  milliseconds since 1970-01-01T00:00:00Z, unsigned big-endian
 *   type         2 bytes  length n, big-endian, then n bytes of ASCII
 *   reference    2 bytes  length n, big-endian, then n bytes of UTF-8
 *   digest      32 bytes  SHA-256 of the document
 * </pre>
 * Length prefixes make the encoding injective, so two different entries never share a leaf hash.
 */
public record Entry(String type, String reference, Hash digest, Instant timestamp) {

    /** Dotted lower-case words: {@code writ.signed}, {@code licence.revoked}. */
    static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");
    static final int MAX_TYPE = 64;
    static final int MAX_REFERENCE = 256;
    static final byte VERSION = 1;

    public Entry {
        requireValid(type, reference);
        timestamp = Instant.ofEpochMilli(timestamp.toEpochMilli());
    }

    /** Checks a type and a reference before anything is stored; the digest checks itself. */
    public static void requireValid(String type, String reference) {
        if (type.length() > MAX_TYPE || !TYPE.matcher(type).matches()) {
            throw new InvalidValueException("ledger.type.format", "Entry type must be dotted lower-case words: " + type,
                    type);
        }
        if (reference.isBlank() || reference.length() > MAX_REFERENCE
                || reference.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("ledger.reference.format",
                    "Reference must be 1 to 256 printable characters", reference);
        }
    }

    /** The canonical bytes described in the type's Javadoc. */
    public byte[] encode() {
        var out = new ByteArrayOutputStream(64 + reference.length() * 3);
        out.write(VERSION);
        var millis = timestamp.toEpochMilli();
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.write((int) (millis >>> shift));
        }
        writeSized(out, type.getBytes(StandardCharsets.US_ASCII));
        writeSized(out, reference.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(digest.bytes());
        return out.toByteArray();
    }

    /** {@code SHA-256(0x00 || encode())}. */
    public Hash leafHash() {
        return MerkleVerifier.leafHash(encode());
    }

    private static void writeSized(ByteArrayOutputStream out, byte[] bytes) {
        out.write(bytes.length >>> 8);
        out.write(bytes.length);
        out.writeBytes(bytes);
    }
}
