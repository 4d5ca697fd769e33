package uz.yagona.signature.internal;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import uz.yagona.signature.internal.PinProtectedKeys.SealedKey;

/** A certificate as recorded by the issuing CA, with the sealed key when the platform holds it. */
public record IssuedCertificate(
        String serial, String profile, @Nullable String holderPinfl, String subject, Instant notBefore,
        Instant notAfter, byte[] der, @Nullable SealedKey sealedKey, @Nullable Instant revokedAt,
        int failedPins) {

    public boolean remote() {
        return sealedKey != null;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean usableAt(Instant time) {
        return !revoked() && !time.isBefore(notBefore) && time.isBefore(notAfter);
    }

    public X509Certificate certificate() {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalStateException("A recorded certificate does not parse", e);
        }
    }
}
