package uz.yagona.documents;

import java.time.Instant;

/** One version of a document as recorded: its number, the sniffed media type, size and SHA-256 digest (hex). */
public record StoredVersion(DocumentId document, int number, String mediaType, long size, String sha256,
        Instant createdAt) {
}
