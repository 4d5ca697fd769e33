package uz.yagona.ledger.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;
import uz.yagona.ledger.Hash;

/**
 * The Ed25519 key that signs tree heads, kept in a PKCS#12 file. PKCS#12 holds a private key only with a
 * certificate, so a self-signed one is made beside it; nothing relies on that certificate.
 */
final class LedgerKey {

    private static final String ALIAS = "ledger";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String name;

    LedgerKey(PrivateKey privateKey, PublicKey publicKey, String name) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.name = name;
    }

    /** Reads the key store, or creates it with a new key if there is none yet. */
    static LedgerKey loadOrCreate(Path file, char[] password, String name) {
        try {
            if (!Files.exists(file)) {
                create(file, password);
            }
            var store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, password);
            }
            var key = (PrivateKey) store.getKey(ALIAS, password);
            if (key == null) {
                throw new IllegalStateException("No key '" + ALIAS + "' in " + file);
            }
            return new LedgerKey(key, store.getCertificate(ALIAS).getPublicKey(), name);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the ledger key store " + file
                    + " (is yagona.ledger.key-password right?)", e);
        }
    }

    private static void create(Path file, char[] password) throws IOException, GeneralSecurityException {
        var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        var store = KeyStore.getInstance("PKCS12");
        store.load(null, password);
        store.setKeyEntry(ALIAS, pair.getPrivate(), password,
                new java.security.cert.Certificate[] {selfSigned(pair.getPublic(), pair.getPrivate())});
        var directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        var temporary = Files.createTempFile(directory, "ledger", ".p12.tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            store.store(out, password);
        }
        try {
            // a second node starting at the same moment may have won; its key then stands
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(temporary);
            if (!Files.exists(file)) {
                throw e;
            }
        }
    }

    private static X509Certificate selfSigned(PublicKey publicKey, PrivateKey privateKey)
            throws IOException, GeneralSecurityException {
        var subject = new X500Name("CN=Yagona ledger");
        var publicKeyInfo = SubjectPublicKeyInfo.getInstance(publicKey.getEncoded());
        var algorithm = publicKeyInfo.getAlgorithm(); // id-Ed25519, the signature algorithm too
        var now = Instant.now();
        var tbs = new V3TBSCertificateGenerator();
        tbs.setSerialNumber(new ASN1Integer(BigInteger.valueOf(now.toEpochMilli())));
        tbs.setIssuer(subject);
        tbs.setSubject(subject);
        tbs.setStartDate(new Time(Date.from(now)));
        tbs.setEndDate(new Time(Date.from(now.plus(Duration.ofDays(36500)))));
        tbs.setSignature(algorithm);
        tbs.setSubjectPublicKeyInfo(publicKeyInfo);
        var certificate = tbs.generateTBSCertificate();
        var signer = Signature.getInstance("Ed25519");
        signer.initSign(privateKey);
        signer.update(certificate.getEncoded(ASN1Encoding.DER));
        var parts = new ASN1EncodableVector();
        parts.add(certificate);
        parts.add(algorithm);
        parts.add(new DERBitString(signer.sign()));
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(new DERSequence(parts).getEncoded(ASN1Encoding.DER)));
    }

    byte[] sign(byte[] message) {
        try {
            var signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    boolean verify(byte[] message, byte[] signature) {
        try {
            var verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The key's name in signed notes: the log's origin. */
    String name() {
        return name;
    }

    /** The SubjectPublicKeyInfo in PEM. */
    String pem() {
        var base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(publicKey.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
    }

    /** The 32 raw bytes of the Ed25519 key, the last 32 of its SubjectPublicKeyInfo. */
    byte[] rawPublicKey() {
        var encoded = publicKey.getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    }

    /** C2SP signed-note key hash: the first 4 bytes of SHA-256(name || 0x0A || 0x01 || public key). */
    byte[] keyHash() {
        var hash = Hash.sha256(name.getBytes(StandardCharsets.UTF_8), new byte[] {0x0A, 0x01}, rawPublicKey());
        return Arrays.copyOf(hash.bytes(), 4);
    }
}
