package uz.yagona.signature.internal;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uz.yagona.signature.internal.PinProtectedKeys.SealedKey;

/** The issuing CA's record of what it issued and revoked (table {@code signature.certificate}). */
@Repository
public class Certificates {

    private final JdbcClient jdbc;

    Certificates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The serial in upper-case hex with whole bytes, as {@code openssl x509 -serial} prints it. */
    public static String serialOf(X509Certificate certificate) {
        var hex = certificate.getSerialNumber().toString(16).toUpperCase(java.util.Locale.ROOT);
        return hex.length() % 2 == 0 ? hex : "0" + hex;
    }

    void record(Holder holder, @Nullable String pinfl, X509Certificate certificate, @Nullable SealedKey key) {
        try {
            jdbc.sql("""
                    insert into signature.certificate (serial, profile, holder_pinfl, subject, not_before, not_after,
                        der, sealed_key, key_salt, key_nonce, key_iterations)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(serialOf(certificate), holder.profile(), pinfl,
                            org.bouncycastle.asn1.x500.X500Name.getInstance(
                                    certificate.getSubjectX500Principal().getEncoded()).toString(),
                            utc(certificate.getNotBefore().toInstant()), utc(certificate.getNotAfter().toInstant()),
                            certificate.getEncoded(),
                            key == null ? null : key.ciphertext(), key == null ? null : key.salt(),
                            key == null ? null : key.nonce(), key == null ? null : key.iterations())
                    .update();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<IssuedCertificate> find(String serial) {
        return jdbc.sql("select * from signature.certificate where serial = ?").param(serial)
                .query(Certificates::map).optional();
    }

    public List<IssuedCertificate> heldBy(String pinfl) {
        return jdbc.sql("select * from signature.certificate where holder_pinfl = ? order by issued_at desc")
                .param(pinfl).query(Certificates::map).list();
    }

    /** Counts a wrong PIN for a kept key and returns the count of wrong PINs in a row. */
    int wrongPin(String serial) {
        return jdbc.sql("update signature.certificate set failed_pins = failed_pins + 1 where serial = ? returning failed_pins")
                .param(serial).query(Integer.class).single();
    }

    void rightPin(String serial) {
        jdbc.sql("update signature.certificate set failed_pins = 0 where serial = ? and failed_pins > 0").param(serial)
                .update();
    }

    /** Marks a certificate revoked; false when it was revoked already. Reason codes are RFC 5280 CRLReason. */
    boolean revoke(String serial, Instant at, int reason) {
        return jdbc.sql("""
                update signature.certificate set revoked_at = ?, revocation_reason = ?, sealed_key = null
                where serial = ? and revoked_at is null""")
                .params(utc(at), reason, serial).update() == 1;
    }

    /** Serial, time and reason of every revoked certificate that has not yet expired. */
    List<Revocation> revocations(Instant now) {
        return jdbc.sql("""
                select serial, revoked_at, revocation_reason from signature.certificate
                where revoked_at is not null and not_after > ? order by revoked_at""")
                .param(utc(now))
                .query((row, n) -> new Revocation(row.getString("serial"),
                        row.getObject("revoked_at", OffsetDateTime.class).toInstant(), row.getInt("revocation_reason")))
                .list();
    }

    record Revocation(String serial, Instant at, int reason) {
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static IssuedCertificate map(ResultSet row, int rowNum) throws SQLException {
        var sealed = row.getBytes("sealed_key");
        var revoked = row.getObject("revoked_at", OffsetDateTime.class);
        return new IssuedCertificate(row.getString("serial"), row.getString("profile"), row.getString("holder_pinfl"),
                row.getString("subject"), row.getObject("not_before", OffsetDateTime.class).toInstant(),
                row.getObject("not_after", OffsetDateTime.class).toInstant(), row.getBytes("der"),
                sealed == null ? null : new SealedKey(sealed, row.getBytes("key_salt"), row.getBytes("key_nonce"),
                        row.getInt("key_iterations")),
                revoked == null ? null : revoked.toInstant(), row.getInt("failed_pins"));
    }
}
