package uz.yagona.exchange.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uz.yagona.exchange.Outcome;
import uz.yagona.ledger.Hash;

/**
 * One entry of the access log as it is hashed. The canonical encoding is: version byte {@code 0x01}, seq as 8
 * bytes big-endian, then each field in the order of the record components as a 4-byte big-endian length and
 * its UTF-8 bytes ({@code 0xFFFFFFFF} for an absent value); instants as ISO-8601 with milliseconds, digests as
 * their 32 bytes. Length prefixes make the encoding injective.
 */
public record LogEntry(long seq, UUID requestId, Instant loggedAt, String agency, @Nullable UUID officer,
        @Nullable String system, @Nullable String purpose, @Nullable String legalBasis,
        @Nullable String caseReference, String service, String subject, Outcome outcome, @Nullable String reason,
        Hash requestDigest, @Nullable Hash answerDigest, @Nullable LocalDate hiddenUntil) {

    static final byte VERSION = 1;
    static final Hash GENESIS = new Hash(new byte[Hash.LENGTH]);

    public LogEntry {
        loggedAt = Instant.ofEpochMilli(loggedAt.toEpochMilli());
    }

    byte[] encode() {
        var out = new ByteArrayOutputStream(256);
        out.write(VERSION);
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.write((int) (seq >>> shift));
        }
        text(out, requestId.toString());
        text(out, loggedAt.toString());
        text(out, agency);
        text(out, officer == null ? null : officer.toString());
        text(out, system);
        text(out, purpose);
        text(out, legalBasis);
        text(out, caseReference);
        text(out, service);
        text(out, subject);
        text(out, outcome.name());
        text(out, reason);
        bytes(out, requestDigest.bytes());
        bytes(out, answerDigest == null ? null : answerDigest.bytes());
        text(out, hiddenUntil == null ? null : hiddenUntil.toString());
        return out.toByteArray();
    }

    /** {@code SHA-256(previous || encode())}. */
    Hash hash(Hash previous) {
        return Hash.sha256(previous.bytes(), encode());
    }

    private static void text(ByteArrayOutputStream out, @Nullable String value) {
        bytes(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(ByteArrayOutputStream out, byte @Nullable [] value) {
        int length = value == null ? -1 : value.length;
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write(length >>> shift);
        }
        if (value != null) {
            out.writeBytes(value);
        }
    }
}
