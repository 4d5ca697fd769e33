package uz.yagona.documents;

/**
 * A content file on disk no longer has the SHA-256 digest it was stored under: it was altered or damaged, and
 * is never handed out. Operators restore it from backup.
 */
public class TamperedContent extends IllegalStateException {

    public TamperedContent(String expectedSha256, String actualSha256) {
        super("content stored as SHA-256 " + expectedSha256 + " now has SHA-256 " + actualSha256
                + ": the file was altered or damaged");
    }

    public TamperedContent(String expectedSha256, Throwable cause) {
        super("content stored as SHA-256 " + expectedSha256 + " cannot be read", cause);
    }
}
