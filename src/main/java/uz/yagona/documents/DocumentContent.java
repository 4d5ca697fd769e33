package uz.yagona.documents;

import org.jspecify.annotations.Nullable;

/** A version's content as read, already checked against its digest. */
public record DocumentContent(DocumentId document, String title, String kind, @Nullable String registrationNumber,
        StoredVersion version, byte[] content) {

    public DocumentContent {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
