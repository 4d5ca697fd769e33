package uz.yagona.signature.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Store;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.signature.Check;
import uz.yagona.signature.Check.Name;
import uz.yagona.signature.Check.Outcome;
import uz.yagona.signature.SignerReport;
import uz.yagona.signature.VerificationReport;

/**
 * Verifies detached CMS/CAdES signatures against the national PKI: integrity, the signing-certificate
 * attribute, the chain to the national root, validity at the time of signing, revocation by the published
 * CRL, and the time-stamp. A signature that is not CMS SignedData at all is bad input, not a verdict.
 */
@Component
public class Verifier {

    /** MD5 and SHA-1: collisions are practical, so a signature over them proves nothing about one document. */
    private static final java.util.Set<String> WEAK_DIGESTS = java.util.Set.of("1.2.840.113549.2.5", "1.3.14.3.2.26");

    private final NationalPki pki;
    private final Crls crls;
    private final Clock clock;
    /**
     * Certificates whose signature by their national CA has verified already (a certificate is compared by its
     * encoding, the CAs are fixed), and the CRL that verified last: a signature is checked in full every time, the
     * same issuer's signature over the same bytes only once. Bounded: cleared when it grows large.
     */
    private final Set<X509Certificate> issuedBy = ConcurrentHashMap.newKeySet();
    private volatile @Nullable X509CRL verifiedCrl;

    Verifier(NationalPki pki, Crls crls, Clock clock) {
        this.pki = pki;
        this.crls = crls;
        this.clock = clock;
    }

    public VerificationReport verify(byte[] document, byte[] signature) {
        var signed = parse(document, signature);
        var reports = new ArrayList<SignerReport>();
        for (var signer : signed.getSignerInfos().getSigners()) {
            reports.add(verify(signer, signed.getCertificates(), document));
        }
        return new VerificationReport(reports);
    }

    static CMSSignedData parse(byte[] document, byte[] signature) {
        ContentInfo info;
        try {
            info = ContentInfo.getInstance(ASN1Primitive.fromByteArray(unPem(signature)));
        } catch (IOException | RuntimeException e) {
            throw new InvalidValueException("signature.malformed", "The signature is not DER-encoded CMS");
        }
        if (info == null) {
            throw new InvalidValueException("signature.malformed", "The signature is empty");
        }
        if (!CMSObjectIdentifiers.signedData.equals(info.getContentType())) {
            throw new InvalidValueException("signature.notSignedData",
                    "The CMS content type is " + info.getContentType() + ", not SignedData");
        }
        try {
            return new CMSSignedData(new CMSProcessableByteArray(document), info);
        } catch (CMSException | RuntimeException e) {
            throw new InvalidValueException("signature.malformed", "The SignedData structure is broken");
        }
    }

    /** Accepts PEM ({@code -----BEGIN CMS-----} or PKCS7) as well as DER, since openssl writes both. */
    private static byte[] unPem(byte[] bytes) {
        var text = new String(bytes, 0, Math.min(bytes.length, 20), StandardCharsets.US_ASCII);
        if (!text.startsWith("-----BEGIN")) {
            return bytes;
        }
        var body = new String(bytes, StandardCharsets.US_ASCII).replaceAll("-----[^-]+-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private SignerReport verify(SignerInformation signer, Store<X509CertificateHolder> certificates, byte[] document) {
        var checks = new ArrayList<Check>();
        @SuppressWarnings("unchecked")
        var matches = certificates.getMatches(signer.getSID());
        if (matches.isEmpty()) {
            checks.add(Check.failed(Name.SIGNATURE, "certificateMissing", "The signer's certificate is not in the CMS"));
            checks.add(new Check(Name.REVOCATION, Outcome.UNKNOWN, "noRevocationData", ""));
            return new SignerReport(null, null, null, null, null, null, null, null, clock.instant(),
                    "VERIFICATION_TIME", checks);
        }
        var certificate = x509((X509CertificateHolder) matches.iterator().next());
        checks.add(digest(signer, document));
        checks.add(signature(signer, certificate));
        checks.add(signingCertificate(signer, certificate));

        var timeStamp = timeStamp(signer, certificates);
        checks.add(timeStamp.check());
        var signedAt = timeStamp.time() != null ? timeStamp.time() : clock.instant();
        var timeSource = timeStamp.time() != null ? "TIME_STAMP" : "VERIFICATION_TIME";

        List<X509Certificate> chain;
        try {
            chain = chain(certificate);
            checks.add(Check.passed(Name.CHAIN, "trusted", subjects(chain)));
        } catch (Untrusted e) {
            chain = List.of(certificate);
            checks.add(Check.failed(Name.CHAIN, e.reason, e.getMessage()));
        }
        checks.add(validity(chain, signedAt));
        boolean trusted = chain.size() > 1;
        checks.add(trusted ? revocation(certificate, signedAt, timeSource)
                : new Check(Name.REVOCATION, Outcome.UNKNOWN, "noRevocationData",
                        "No revocation data for a certificate outside the national PKI"));

        var subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        return new SignerReport(rdn(subject, BCStyle.CN), strip(rdn(subject, BCStyle.SERIALNUMBER), Holder.PINFL_PREFIX),
                strip(rdn(subject, BCStyle.ORGANIZATION_IDENTIFIER), Holder.STIR_PREFIX), rdn(subject, BCStyle.O),
                rdn(subject, BCStyle.OU), rdn(subject, BCStyle.T), Certificates.serialOf(certificate),
                X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()).toString(), signedAt, timeSource, checks);
    }

    private static Check digest(SignerInformation signer, byte[] document) {
        var attributes = signer.getSignedAttributes();
        var claimed = attributes == null ? null : attributes.get(CMSAttributes.messageDigest);
        if (claimed == null) {
            return new Check(Name.DIGEST, Outcome.UNKNOWN, "noSignedAttributes",
                    "The signature has no message-digest attribute");
        }
        if (WEAK_DIGESTS.contains(signer.getDigestAlgOID())) {
            return Check.failed(Name.DIGEST, "unsupportedAlgorithm", "MD5 and SHA-1 are broken for signatures");
        }
        try {
            var calculator = new JcaDigestCalculatorProviderBuilder().build().get(signer.getDigestAlgorithmID());
            try (var out = calculator.getOutputStream()) {
                out.write(document);
            }
            var expected = ASN1OctetString.getInstance(claimed.getAttrValues().getObjectAt(0)).getOctets();
            return MessageDigest.isEqual(expected, calculator.getDigest())
                    ? Check.passed(Name.DIGEST, "digestMatches", signer.getDigestAlgOID())
                    : Check.failed(Name.DIGEST, "digestMismatch",
                            "The document is not the one that was signed (or it was changed)");
        } catch (OperatorCreationException e) {
            return Check.failed(Name.DIGEST, "unsupportedAlgorithm", signer.getDigestAlgOID());
        } catch (IOException | RuntimeException e) {
            return Check.failed(Name.DIGEST, "malformedAttribute", "The message-digest attribute is broken");
        }
    }

    private static Check signature(SignerInformation signer, X509Certificate certificate) {
        try {
            // verify with the bare key: validity at the claimed signing time is the VALIDITY check's business
            boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate.getPublicKey()));
            return valid ? Check.passed(Name.SIGNATURE, "signatureValid", signer.getEncryptionAlgOID())
                    : Check.failed(Name.SIGNATURE, "signatureInvalid", "The signature value does not verify");
        } catch (CMSSignerDigestMismatchException e) {
            return Check.failed(Name.SIGNATURE, "digestMismatch", "The signed content differs from the document");
        } catch (OperatorCreationException e) {
            return Check.failed(Name.SIGNATURE, "unsupportedAlgorithm", signer.getEncryptionAlgOID());
        } catch (CMSException | RuntimeException e) {
            return Check.failed(Name.SIGNATURE, "signatureInvalid", String.valueOf(e.getMessage()));
        }
    }

    private static Check signingCertificate(SignerInformation signer, X509Certificate certificate) {
        var attributes = signer.getSignedAttributes();
        try {
            var v2 = attributes == null ? null : attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
            if (v2 != null) {
                var id = SigningCertificateV2.getInstance(v2.getAttrValues().getObjectAt(0)).getCerts()[0];
                return certificateHash(id.getHashAlgorithm(), id.getCertHash(), certificate);
            }
            var v1 = attributes == null ? null : attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificate);
            if (v1 != null) {
                var id = SigningCertificate.getInstance(v1.getAttrValues().getObjectAt(0)).getCerts()[0];
                return certificateHash(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1), id.getCertHash(),
                        certificate);
            }
        } catch (RuntimeException e) {
            return Check.failed(Name.SIGNING_CERTIFICATE, "malformedAttribute", "signing-certificate attribute");
        }
        return new Check(Name.SIGNING_CERTIFICATE, Outcome.NOT_PRESENT, "notPresent",
                "No ESS signing-certificate attribute (CAdES-BES needs one)");
    }

    private static Check certificateHash(AlgorithmIdentifier algorithm, byte[] claimed, X509Certificate certificate) {
        try {
            var calculator = new JcaDigestCalculatorProviderBuilder().build().get(algorithm);
            try (var out = calculator.getOutputStream()) {
                out.write(certificate.getEncoded());
            }
            return MessageDigest.isEqual(claimed, calculator.getDigest())
                    ? Check.passed(Name.SIGNING_CERTIFICATE, "certificateBound", algorithm.getAlgorithm().getId())
                    : Check.failed(Name.SIGNING_CERTIFICATE, "certificateSubstituted",
                            "The signed certificate hash names another certificate");
        } catch (OperatorCreationException | IOException | GeneralSecurityException e) {
            return Check.failed(Name.SIGNING_CERTIFICATE, "unsupportedAlgorithm", algorithm.getAlgorithm().getId());
        }
    }

    private record Stamp(Check check, @Nullable Instant time) {
    }

    private Stamp timeStamp(SignerInformation signer, Store<X509CertificateHolder> certificates) {
        var attributes = signer.getUnsignedAttributes();
        var attribute = attributes == null ? null : attributes.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return new Stamp(new Check(Name.TIME_STAMP, Outcome.NOT_PRESENT, "notPresent",
                    "No time-stamp: the certificate is checked at the time of verification"), null);
        }
        try {
            var token = new TimeStampToken(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
            @SuppressWarnings("unchecked")
            var tsaCertificates = token.getCertificates().getMatches(token.getSID());
            if (tsaCertificates.isEmpty()) {
                return new Stamp(Check.failed(Name.TIME_STAMP, "tsaCertificateMissing", ""), null);
            }
            var tsaHolder = (X509CertificateHolder) tsaCertificates.iterator().next();
            // checks the token signature, the TSA certificate's validity at genTime and its critical timeStamping EKU
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsaHolder));
            var info = token.getTimeStampInfo();
            var calculator = new JcaDigestCalculatorProviderBuilder().build().get(info.getHashAlgorithm());
            try (var out = calculator.getOutputStream()) {
                out.write(signer.getSignature());
            }
            if (!MessageDigest.isEqual(info.getMessageImprintDigest(), calculator.getDigest())) {
                return new Stamp(Check.failed(Name.TIME_STAMP, "timeStampOtherData",
                        "The time-stamp is over other data than this signature"), null);
            }
            var tsa = x509(tsaHolder);
            chain(tsa);
            var revoked = crls.currentCrl().getRevokedCertificate(tsa);
            var time = info.getGenTime().toInstant();
            if (revoked != null && !time.isBefore(revoked.getRevocationDate().toInstant())) {
                return new Stamp(Check.failed(Name.TIME_STAMP, "tsaRevoked", ""), null);
            }
            return new Stamp(Check.passed(Name.TIME_STAMP, "timeStamped",
                    time + " by " + subject(tsa)), time);
        } catch (Untrusted e) {
            return new Stamp(Check.failed(Name.TIME_STAMP, "tsaUntrusted", e.getMessage()), null);
        } catch (TSPException | OperatorCreationException | IOException | GeneralSecurityException
                | RuntimeException e) {
            return new Stamp(Check.failed(Name.TIME_STAMP, "timeStampInvalid", String.valueOf(e.getMessage())), null);
        }
    }

    /** The path from {@code leaf} to the national root, each link's signature checked. */
    List<X509Certificate> chain(X509Certificate leaf) throws Untrusted {
        var chain = new ArrayList<X509Certificate>();
        chain.add(leaf);
        var current = leaf;
        var root = pki.root();
        for (int depth = 0; depth < 3; depth++) {
            if (current.equals(root)) {
                return chain;
            }
            X509Certificate parent = current.getIssuerX500Principal().equals(pki.issuingCa().getSubjectX500Principal())
                    ? pki.issuingCa()
                    : current.getIssuerX500Principal().equals(root.getSubjectX500Principal()) ? root : null;
            if (parent == null) {
                throw new Untrusted("unknownIssuer", "Issued by " + current.getIssuerX500Principal().getName()
                        + ", which is not a CA of the national PKI");
            }
            try {
                if (!issuedBy.contains(current)) {
                    current.verify(parent.getPublicKey());
                    remember(current);
                }
            } catch (GeneralSecurityException e) {
                throw new Untrusted("forgedIssuer", "The certificate names a national CA as issuer, but that CA"
                        + " did not sign it");
            }
            chain.add(parent);
            current = parent;
        }
        throw new Untrusted("unknownIssuer", "No path to the national root");
    }

    private void remember(X509Certificate verified) {
        if (issuedBy.size() >= 10_000) {
            issuedBy.clear();
        }
        issuedBy.add(verified);
    }

    private static Check validity(List<X509Certificate> chain, Instant at) {
        for (var certificate : chain) {
            try {
                certificate.checkValidity(Date.from(at));
            } catch (CertificateExpiredException e) {
                return Check.failed(Name.VALIDITY, "expired", subject(certificate)
                        + " expired " + certificate.getNotAfter().toInstant() + "; signed at " + at);
            } catch (CertificateNotYetValidException e) {
                return Check.failed(Name.VALIDITY, "notYetValid", subject(certificate)
                        + " valid only from " + certificate.getNotBefore().toInstant() + "; signed at " + at);
            }
        }
        return Check.passed(Name.VALIDITY, "validAtSigning", "at " + at);
    }

    private Check revocation(X509Certificate certificate, Instant signedAt, String timeSource) {
        var crl = crls.currentCrl();
        try {
            if (crl != verifiedCrl) {
                crl.verify(pki.issuingCa().getPublicKey());
                verifiedCrl = crl;
            }
        } catch (GeneralSecurityException e) {
            return new Check(Name.REVOCATION, Outcome.UNKNOWN, "noRevocationData", "The CRL does not verify");
        }
        var published = "CRL of " + crl.getThisUpdate().toInstant() + ", next " + crl.getNextUpdate().toInstant();
        var entry = crl.getRevokedCertificate(certificate);
        if (entry == null) {
            return Check.passed(Name.REVOCATION, "notRevoked", published);
        }
        var revokedAt = entry.getRevocationDate().toInstant();
        if ("TIME_STAMP".equals(timeSource) && signedAt.isBefore(revokedAt)) {
            // a time-stamp proves the signature existed before the revocation: it stays valid (CAdES-T)
            return Check.passed(Name.REVOCATION, "revokedAfterSigning", "revoked " + revokedAt + "; " + published);
        }
        return Check.failed(Name.REVOCATION, "revoked", "revoked " + revokedAt
                + (entry.getRevocationReason() == null ? "" : " (" + entry.getRevocationReason() + ")") + "; "
                + published);
    }

    private static String subjects(List<X509Certificate> chain) {
        return String.join(" ← ", chain.stream().map(Verifier::subject).toList());
    }

    private static String subject(X509Certificate certificate) {
        return X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).toString();
    }

    private static X509Certificate x509(X509CertificateHolder holder) {
        try {
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (GeneralSecurityException e) {
            throw new InvalidValueException("signature.malformed", "A certificate in the CMS does not parse");
        }
    }

    private static @Nullable String rdn(X500Name name, ASN1ObjectIdentifier type) {
        var rdns = name.getRDNs(type);
        if (rdns.length == 0) {
            return null;
        }
        var value = rdns[0].getFirst().getValue();
        return value instanceof ASN1String string ? string.getString() : value.toString();
    }

    private static @Nullable String strip(@Nullable String value, String prefix) {
        return value != null && value.startsWith(prefix) ? value.substring(prefix.length()) : value;
    }

    /** The certificate does not lead to the national root; {@code reason} is the message key suffix. */
    static final class Untrusted extends Exception {
        final String reason;

        Untrusted(String reason, String message) {
            super(message);
            this.reason = reason;
        }
    }
}
