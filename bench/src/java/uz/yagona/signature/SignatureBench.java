package uz.yagona.signature;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cryptographic core of what the signature module does per request, with the same calls: a detached CMS
 * signature with signed attributes by ECDSA P-256 (JDK provider via Bouncy Castle's CMS), and its verification
 * (message digest, signature value, the certificate's signature by its CA). Database work (CRL lookup, records)
 * and the time-stamp are not included.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SignatureBench {

    private final byte[] document = new byte[4096];
    private KeyPair ca;
    private KeyPair signerKeys;
    private X509Certificate certificate;
    private CMSSignedDataGenerator generator;
    private byte[] signature;

    @Setup
    public void setUp() throws Exception {
        var generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        ca = generator.generateKeyPair();
        signerKeys = generator.generateKeyPair();
        var now = Instant.now();
        certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                new X500Name("CN=Bench CA"), BigInteger.TWO, Date.from(now), Date.from(now.plus(1, ChronoUnit.DAYS)),
                new X500Name("CN=Bench Signer"), signerKeys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(ca.getPrivate())));
        this.generator = new CMSSignedDataGenerator();
        this.generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().build())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(signerKeys.getPrivate()), certificate));
        this.generator.addCertificates(new JcaCertStore(List.of(certificate)));
        signature = sign();
    }

    @Benchmark
    public byte[] sign() throws Exception {
        return generator.generate(new CMSProcessableByteArray(document), false).getEncoded();
    }

    @Benchmark
    public boolean verify() throws Exception {
        var signed = new CMSSignedData(new CMSProcessableByteArray(document), signature);
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        certificate.verify(ca.getPublic());
        return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate.getPublicKey()));
    }
}
