package uz.yagona.signature.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the national test PKI.
 *
 * @param keyStoreDir where the PKCS#12 files of the root CA, the issuing CA and the time-stamping unit live
 * @param keyStorePassword protects those files; the default is for development only and is refused in the
 *     {@code prod} profile, where operators must set {@code yagona.signature.key-store-password}
 * @param publicBaseUrl the address certificates name for the CRL, so relying parties can fetch it
 * @param pinIterations PBKDF2-HMAC-SHA256 iterations that turn a PIN into the key wrapping a remote signing key
 *     (OWASP's 2023 advice is 600,000)
 * @param pinMinLength shortest PIN accepted for a remote signing key
 * @param maxPinAttempts wrong PINs in a row after which a kept key locks for good (the holder revokes it and gets
 *     a new one): with 6 digits and 5 tries, a thief with the session guesses the PIN once in 200,000
 * @param certificateValidity how long a person's certificate is valid
 * @param crlValidity how long a published CRL is current before a fresh one is issued
 * @param keyAlgorithm {@code EC} (ECDSA P-256, the default) or {@code RSA} for keys the platform generates
 */
@ConfigurationProperties("yagona.signature")
public record SignatureSettings(
        Path keyStoreDir, String keyStorePassword, URI publicBaseUrl, int pinIterations, int pinMinLength, int maxPinAttempts,
        Duration certificateValidity, Duration crlValidity, String keyAlgorithm) {

    static final String DEVELOPMENT_PASSWORD = "yagona-development-pki-change-me";

    public SignatureSettings(@Nullable Path keyStoreDir, @Nullable String keyStorePassword,
            @Nullable URI publicBaseUrl, int pinIterations, int pinMinLength, int maxPinAttempts,
            @Nullable Duration certificateValidity,
            @Nullable Duration crlValidity, @Nullable String keyAlgorithm) {
        this.keyStoreDir = keyStoreDir == null ? Path.of("data", "pki") : keyStoreDir;
        this.keyStorePassword = keyStorePassword == null || keyStorePassword.isBlank()
                ? DEVELOPMENT_PASSWORD : keyStorePassword;
        this.publicBaseUrl = publicBaseUrl == null ? URI.create("http://localhost:8080") : publicBaseUrl;
        this.pinIterations = pinIterations > 0 ? pinIterations : 600_000;
        this.pinMinLength = pinMinLength > 0 ? pinMinLength : 6;
        this.maxPinAttempts = maxPinAttempts > 0 ? maxPinAttempts : 5;
        this.certificateValidity = certificateValidity == null ? Duration.ofDays(730) : certificateValidity;
        this.crlValidity = crlValidity == null ? Duration.ofHours(24) : crlValidity;
        this.keyAlgorithm = keyAlgorithm == null || keyAlgorithm.isBlank() ? "EC" : keyAlgorithm;
    }

    /** Where the issuing CA's CRL is published; named in every certificate it issues. */
    public URI crlUrl() {
        var base = publicBaseUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/pki/crl/issuing.crl");
    }
}
