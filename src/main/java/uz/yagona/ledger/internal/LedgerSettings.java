package uz.yagona.ledger.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the ledger.
 *
 * @param keyStore the PKCS#12 file with the Ed25519 signing key; created on first start if missing. Every
 *     node of one deployment must use the same file (a mounted secret), or their signatures will differ
 * @param keyPassword protects the key store; the default is for development only and production must set
 *     {@code YAGONA_LEDGER_KEY_PASSWORD}
 * @param origin the log's name: the first line of its checkpoints and the name of its signing key
 * @param batchSize the most entries one batch integrates
 * @param batchInterval how long the sequencer rests when it found less than a full batch
 * @param monitorInterval how often the monitor checks new tree heads against the previous one
 */
@ConfigurationProperties("yagona.ledger")
public record LedgerSettings(Path keyStore, String keyPassword, String origin, int batchSize,
        Duration batchInterval, Duration monitorInterval) {

    static final String DEVELOPMENT_PASSWORD = "yagona-development-ledger-key-change-me";

    public LedgerSettings {
        keyStore = keyStore == null ? Path.of("./data/keys/ledger.p12") : keyStore;
        keyPassword = keyPassword == null || keyPassword.isBlank() ? DEVELOPMENT_PASSWORD : keyPassword;
        origin = origin == null || origin.isBlank() ? "yagona.uz/ledger" : origin;
        batchSize = batchSize > 0 ? batchSize : 1000;
        batchInterval = batchInterval == null ? Duration.ofMillis(10) : batchInterval;
        monitorInterval = monitorInterval == null ? Duration.ofSeconds(5) : monitorInterval;
    }
}
