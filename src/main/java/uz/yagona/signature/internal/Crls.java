package uz.yagona.signature.internal;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The issuing CA's certificate revocation list. A fresh CRL is issued on every revocation and whenever the
 * current one nears its next update; every node serves the newest one from the database.
 */
@Component
public class Crls {

    private final JdbcClient jdbc;
    private final NationalPki pki;
    private final Certificates certificates;
    private final SignatureSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private volatile @Nullable Parsed parsed;

    Crls(JdbcClient jdbc, NationalPki pki, Certificates certificates, SignatureSettings settings, Clock clock,
            PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.pki = pki;
        this.certificates = certificates;
        this.settings = settings;
        this.clock = clock;
    }

    /** The current CRL, DER-encoded; a new one is published when the newest is within an hour of expiry. */
    public byte[] current() {
        return fresh().orElseGet(() -> transaction.execute(status -> {
            // verifiers that found it stale at once wait here; the first publishes, the others take its CRL
            lock();
            return fresh().orElseGet(this::issueLocked);
        }));
    }

    private Optional<byte[]> fresh() {
        return jdbc.sql("select der from signature.crl where next_update > ? order by number desc limit 1")
                .param(clock.instant().plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC)).query(byte[].class)
                .optional();
    }

    /** The current CRL parsed; the same instance while the CRL is the same, so its checks can be remembered. */
    public X509CRL currentCrl() {
        var der = current();
        var last = parsed;
        if (last != null && Arrays.equals(last.der(), der)) {
            return last.crl();
        }
        try {
            var crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
            parsed = new Parsed(der, crl);
            return crl;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Parsed(byte[] der, X509CRL crl) {
    }

    /** Issues a new CRL from the recorded revocations; joins the caller's transaction (a revocation's) if any. */
    byte[] publish() {
        return transaction.execute(status -> issue());
    }

    private byte[] issue() {
        lock();
        return issueLocked();
    }

    /** One publisher at a time across nodes, so CRL numbers only grow. */
    private void lock() {
        jdbc.sql("lock table signature.crl in exclusive mode").update();
    }

    private byte[] issueLocked() {
        long number = jdbc.sql("select coalesce(max(number), 0) + 1 from signature.crl").query(Long.class).single();
        var now = clock.instant();
        var next = now.plus(settings.crlValidity());
        var issuer = pki.issuingKey();
        try {
            var builder = new X509v2CRLBuilder(
                    X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded()), Date.from(now));
            builder.setNextUpdate(Date.from(next));
            for (var revocation : certificates.revocations(now)) {
                builder.addCRLEntry(new BigInteger(revocation.serial(), 16), Date.from(revocation.at()),
                        revocation.reason());
            }
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(number)));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer.certificate().getPublicKey()));
            var der = builder.build(new SigningAlgorithm.EcdsaP256().signer(issuer.key())).getEncoded();
            jdbc.sql("insert into signature.crl (number, this_update, next_update, der) values (?, ?, ?, ?)")
                    .params(number, OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                            OffsetDateTime.ofInstant(next, ZoneOffset.UTC), der)
                    .update();
            return der;
        } catch (java.io.IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot issue a CRL", e);
        }
    }
}
