package uz.yagona.signature.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import uz.yagona.signature.internal.IssuedCertificate;

/** A certificate as the person's list shows it; status is a message key suffix. */
record CertificateView(String serial, String profile, String subject, LocalDate validFrom, LocalDate validUntil,
        boolean remote, String status) {

    static CertificateView of(IssuedCertificate certificate, Instant now) {
        var status = certificate.revoked() ? "REVOKED" : certificate.usableAt(now) ? "VALID" : "EXPIRED";
        return new CertificateView(certificate.serial(), certificate.profile(), certificate.subject(),
                LocalDate.ofInstant(certificate.notBefore(), ZoneOffset.UTC),
                LocalDate.ofInstant(certificate.notAfter(), ZoneOffset.UTC), certificate.remote(), status);
    }
}
