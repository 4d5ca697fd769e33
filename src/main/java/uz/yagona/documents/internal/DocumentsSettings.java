package uz.yagona.documents.internal;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of document management.
 *
 * @param storageDir where content files live, one per SHA-256 digest; shared by every node of a deployment
 * @param maxSize the largest content accepted, in bytes
 */
@ConfigurationProperties("yagona.documents")
public record DocumentsSettings(@Nullable Path storageDir, long maxSize) {

    /** Media types a document may have, named as content sniffing names them. */
    public static final List<String> ALLOWED_TYPES =
            List.of("application/pdf", "image/png", "image/jpeg", "application/xml", "text/plain");

    public DocumentsSettings {
        storageDir = storageDir == null ? Path.of("./data/documents") : storageDir;
        maxSize = maxSize > 0 ? maxSize : 20L * 1024 * 1024;
    }

    public Path storage() {
        return java.util.Objects.requireNonNull(storageDir);
    }
}
