package uz.yagona.documents.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import uz.yagona.documents.TamperedContent;

/**
 * Content files on disk, content-addressed: a file's name is the SHA-256 of its bytes ({@code ab/abcdef...}).
 * A file is written to a temporary name in the same directory and moved into place atomically, so a reader
 * never sees half a file; the same content stored twice is one file. Every read checks the digest again.
 */
@Component
public class ContentStore {

    private final Path root;

    public ContentStore(DocumentsSettings settings) {
        this.root = settings.storage().toAbsolutePath().normalize();
    }

    /** Stores the content and returns its SHA-256 digest in lower-case hex. */
    public String put(byte[] content) {
        var digest = sha256(content);
        var target = pathOf(digest);
        try {
            if (Files.exists(target) && sha256(Files.readAllBytes(target)).equals(digest)) {
                return digest;
            }
            Files.createDirectories(target.getParent());
            var temporary = Files.createTempFile(target.getParent(), digest, ".part");
            try {
                Files.write(temporary, content);
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
            return digest;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store content " + digest, e);
        }
    }

    /** The content stored under {@code digest}, after checking that it still has that digest. */
    public byte[] get(String digest) {
        byte[] content;
        try {
            content = Files.readAllBytes(pathOf(digest));
        } catch (IOException e) {
            throw new TamperedContent(digest, e);
        }
        var actual = sha256(content);
        if (!actual.equals(digest)) {
            throw new TamperedContent(digest, actual);
        }
        return content;
    }

    /** Where the content with this digest lives; for operators and tests. */
    public Path pathOf(String digest) {
        if (!digest.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 digest in hex: " + digest);
        }
        return root.resolve(digest.substring(0, 2)).resolve(digest);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
