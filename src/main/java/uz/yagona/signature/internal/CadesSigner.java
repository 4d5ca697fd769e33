package uz.yagona.signature.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Component;

/**
 * Makes CAdES signatures: CMS SignedData, detached, with signed attributes (content type, message digest,
 * signing time, CMS algorithm protection, ETSI signing-certificate-v2) and, for CAdES-T, the TSA's token over
 * the signature value as an unsigned attribute.
 */
@Component
public class CadesSigner {

    private final NationalPki pki;
    private final TimeStamps timeStamps;

    CadesSigner(NationalPki pki, TimeStamps timeStamps) {
        this.pki = pki;
        this.timeStamps = timeStamps;
    }

    /** A CAdES-T signature of {@code document}, DER-encoded (a {@code .p7s} file). */
    public byte[] sign(byte[] document, PrivateKey key, X509Certificate certificate) {
        return sign(document, key, certificate, true);
    }

    /** CAdES-BES when {@code timeStamped} is false. */
    public byte[] sign(byte[] document, PrivateKey key, X509Certificate certificate, boolean timeStamped) {
        return sign(document, key, certificate, timeStamped, true);
    }

    /**
     * The CMS of a PAdES signature over a PDF's signed byte range: CAdES-T without the signing-time attribute,
     * which ETSI EN 319 142-1 (5.2.1) forbids, since the signature dictionary's {@code M} entry says the time.
     */
    public byte[] signPdfRange(byte[] byteRange, PrivateKey key, X509Certificate certificate) {
        return sign(byteRange, key, certificate, true, false);
    }

    private byte[] sign(byte[] document, PrivateKey key, X509Certificate certificate, boolean timeStamped,
            boolean signingTime) {
        try {
            var signedAttributes = new AttributeTable(new Attribute(
                    PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(signingCertificate(certificate))));
            var defaults = new DefaultSignedAttributeTableGenerator(signedAttributes);
            CMSAttributeTableGenerator attributes = signingTime ? defaults
                    : parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
            var signerInfo = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(attributes)
                    .build(SigningAlgorithm.forKey(certificate.getPublicKey()).signer(key), certificate);
            var generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo);
            generator.addCertificates(new JcaCertStore(List.of(certificate, pki.issuingCa())));
            var signed = generator.generate(new CMSProcessableByteArray(document), false);
            if (timeStamped) {
                signed = withTimeStamp(signed);
            }
            return signed.getEncoded(ASN1Encoding.DER);
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot sign", e);
        }
    }

    private CMSSignedData withTimeStamp(CMSSignedData signed) throws IOException {
        var stamped = signed.getSignerInfos().getSigners().stream().map(signer -> {
            try {
                var token = timeStamps.stamp(signer.getSignature()).getEncoded();
                var unsigned = new AttributeTable(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                        new DERSet(ASN1Primitive.fromByteArray(token))));
                return SignerInformation.replaceUnsignedAttributes(signer, unsigned);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
    }

    static SigningCertificateV2 signingCertificate(X509Certificate certificate) throws GeneralSecurityException {
        var hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        var issuer = new IssuerSerial(new GeneralNames(new GeneralName(
                X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                certificate.getSerialNumber());
        return new SigningCertificateV2(new ESSCertIDv2(
                new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuer));
    }
}
