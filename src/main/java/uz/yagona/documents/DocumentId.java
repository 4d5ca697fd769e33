package uz.yagona.documents;

import java.util.UUID;

/** Identifies one document across all its versions. */
public record DocumentId(UUID value) {

    public static DocumentId random() {
        return new DocumentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
