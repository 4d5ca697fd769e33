package uz.yagona.signature.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uz.yagona.signature.internal.KeyFiles.CaKey;

/**
 * The national test PKI: a root CA, an issuing CA under it and a time-stamping unit, created on first start
 * and kept in PKCS#12 files (never in the database). All three use ECDSA P-256.
 */
@Component
public class NationalPki {

    private static final Logger log = LoggerFactory.getLogger(NationalPki.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final SigningAlgorithm CA_ALGORITHM = new SigningAlgorithm.EcdsaP256();

    private final SignatureSettings settings;
    private final Clock clock;
    private final CaKey root;
    private final CaKey issuing;
    private final CaKey tsa;

    NationalPki(SignatureSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        var files = new KeyFiles(settings.keyStoreDir(), settings.keyStorePassword());
        // nodes sharing the directory start together: one creates the PKI, the others wait and read it
        try (var lock = files.lock()) {
            this.root = files.read("root").orElseGet(() -> {
                log.info("Creating the national test root CA in {}", settings.keyStoreDir().toAbsolutePath());
                var created = createRoot();
                files.write("root", created, List.of(created.certificate()));
                return created;
            });
            this.issuing = files.read("issuing").orElseGet(() -> {
                var created = createIssuing();
                files.write("issuing", created, List.of(created.certificate(), root.certificate()));
                return created;
            });
            this.tsa = files.read("tsa").orElseGet(() -> {
                var created = createTsa();
                files.write("tsa", created, List.of(created.certificate(), issuing.certificate(), root.certificate()));
                return created;
            });
        }
    }

    public X509Certificate root() {
        return root.certificate();
    }

    public X509Certificate issuingCa() {
        return issuing.certificate();
    }

    CaKey issuingKey() {
        return issuing;
    }

    CaKey tsaKey() {
        return tsa;
    }

    /** An end-entity certificate for signing (digitalSignature and nonRepudiation), valid from now. */
    public X509Certificate issue(Holder holder, PublicKey key) {
        var now = clock.instant();
        return issue(holder, key, now.minus(Duration.ofMinutes(5)), now.plus(settings.certificateValidity()));
    }

    /** As {@link #issue(Holder, PublicKey)} with an explicit validity (tests of expired certificates use it). */
    public X509Certificate issue(Holder holder, PublicKey key, Instant notBefore, Instant notAfter) {
        try {
            var builder = builder(issuing.certificate(), holder.subject(), key, notBefore, notAfter)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.cRLDistributionPoints, false, crlDistributionPoint());
            return sign(builder, issuing.key());
        } catch (CertIOException e) {
            throw new IllegalStateException(e);
        }
    }

    private CaKey createRoot() {
        var keys = CA_ALGORITHM.generateKeyPair();
        var subject = name("Yagona National Root CA (test)");
        var now = clock.instant();
        try {
            var builder = builder(null, subject, keys.getPublic(), now.minus(Duration.ofHours(1)),
                    now.plus(Duration.ofDays(365 * 20)))
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(1))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            return new CaKey(keys.getPrivate(), sign(builder, keys.getPrivate()));
        } catch (CertIOException e) {
            throw new IllegalStateException(e);
        }
    }

    private CaKey createIssuing() {
        var keys = CA_ALGORITHM.generateKeyPair();
        var now = clock.instant();
        try {
            var builder = builder(root.certificate(), name("Yagona Issuing CA (test)"), keys.getPublic(),
                    now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(365 * 10)))
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            return new CaKey(keys.getPrivate(), sign(builder, root.key()));
        } catch (CertIOException e) {
            throw new IllegalStateException(e);
        }
    }

    private CaKey createTsa() {
        var keys = CA_ALGORITHM.generateKeyPair();
        var now = clock.instant();
        try {
            // RFC 3161 2.3: the TSA certificate has exactly one extended key usage, timeStamping, critical
            var builder = builder(issuing.certificate(), name("Yagona Time-Stamping Unit (test)"), keys.getPublic(),
                    now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(365 * 5)))
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
                    .addExtension(Extension.cRLDistributionPoints, false, crlDistributionPoint());
            return new CaKey(keys.getPrivate(), sign(builder, issuing.key()));
        } catch (CertIOException e) {
            throw new IllegalStateException(e);
        }
    }

    private CRLDistPoint crlDistributionPoint() {
        var url = new GeneralName(GeneralName.uniformResourceIdentifier, settings.crlUrl().toString());
        return new CRLDistPoint(new DistributionPoint[] {
            new DistributionPoint(new DistributionPointName(new GeneralNames(url)), null, null)});
    }

    private static X500Name name(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "UZ").addRDN(BCStyle.O, "Yagona")
                .addRDN(BCStyle.CN, commonName).build();
    }

    private static X509v3CertificateBuilder builder(@Nullable X509Certificate issuer, X500Name subject, PublicKey key,
            Instant notBefore, Instant notAfter) throws CertIOException {
        try {
            var extensions = new JcaX509ExtensionUtils();
            var serial = new BigInteger(127, RANDOM).add(BigInteger.ONE);
            var builder = new JcaX509v3CertificateBuilder(issuer == null ? subject
                    : X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded()), serial,
                    Date.from(notBefore), Date.from(notAfter), subject, key)
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(key));
            if (issuer != null) {
                builder.addExtension(Extension.authorityKeyIdentifier, false,
                        extensions.createAuthorityKeyIdentifier(issuer.getPublicKey()));
            }
            return builder;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, java.security.PrivateKey issuerKey) {
        try {
            return new JcaX509CertificateConverter().getCertificate(builder.build(CA_ALGORITHM.signer(issuerKey)));
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
    }
}
