package uz.yagona.signature.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/** PKCS#12 files holding one key and its chain each; written to a temporary file first so no half file stays. */
final class KeyFiles {

    private static final String ALIAS = "key";

    private final Path dir;
    private final char[] password;

    KeyFiles(Path dir, String password) {
        this.dir = dir;
        this.password = password.toCharArray();
    }

    /** An exclusive lock on the directory among processes, released on close. */
    Lock lock() {
        try {
            Files.createDirectories(dir);
            var channel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new Lock(channel, channel.lock());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot lock the key-store directory " + dir, e);
        }
    }

    /** Held while the PKI files are read or created. */
    record Lock(FileChannel channel, FileLock lock) implements AutoCloseable {
        @Override
        public void close() {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    Optional<CaKey> read(String name) {
        var file = dir.resolve(name + ".p12");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            var store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            var key = (PrivateKey) store.getKey(ALIAS, password);
            var chain = store.getCertificateChain(ALIAS);
            return Optional.of(new CaKey(key, (X509Certificate) chain[0]));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read " + file + " (is yagona.signature.key-store-password right?)", e);
        }
    }

    void write(String name, CaKey key, List<X509Certificate> chain) {
        try {
            Files.createDirectories(dir);
            var store = KeyStore.getInstance("PKCS12");
            store.load(null, password);
            store.setKeyEntry(ALIAS, key.key(), password, chain.toArray(Certificate[]::new));
            var temporary = Files.createTempFile(dir, name, ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, password);
            }
            Files.move(temporary, dir.resolve(name + ".p12"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write the key store " + name + " in " + dir, e);
        }
    }

    /** A private key with its certificate. */
    record CaKey(PrivateKey key, X509Certificate certificate) {
    }
}
