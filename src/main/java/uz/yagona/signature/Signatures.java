package uz.yagona.signature;

import java.time.Clock;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import uz.yagona.shared.Pinfl;
import uz.yagona.signature.internal.Certificates;
import uz.yagona.signature.internal.Enrolment;
import uz.yagona.signature.internal.IssuedCertificate;
import uz.yagona.signature.internal.PdfVerifier;
import uz.yagona.signature.internal.Seals;
import uz.yagona.signature.internal.PinProtectedKeys.WrongPinException;
import uz.yagona.signature.internal.Verifier;

/**
 * What other modules use: signing with a key the platform keeps under the person's PIN, and verification of a
 * detached CMS/CAdES signature against the national PKI.
 */
@Service
public class Signatures {

    private final Verifier verifier;
    private final PdfVerifier pdfVerifier;
    private final Seals seals;
    private final Enrolment enrolment;
    private final Certificates certificates;
    private final Clock clock;

    Signatures(Verifier verifier, PdfVerifier pdfVerifier, Seals seals, Enrolment enrolment,
            Certificates certificates, Clock clock) {
        this.verifier = verifier;
        this.pdfVerifier = pdfVerifier;
        this.seals = seals;
        this.enrolment = enrolment;
        this.certificates = certificates;
        this.clock = clock;
    }

    /**
     * The report on {@code signature} (DER or PEM CMS SignedData) over {@code document}; throws {@code
     * InvalidValueException} when the signature is not CMS SignedData at all.
     */
    public VerificationReport verify(byte[] document, byte[] signature) {
        return verifier.verify(document, signature);
    }

    /** The person's kept keys that can sign now (not revoked, not expired), newest first. */
    public List<SigningKey> keys(Pinfl person) {
        var now = clock.instant();
        return certificates.heldBy(person.value()).stream()
                .filter(IssuedCertificate::remote).filter(c -> c.usableAt(now))
                .map(Signatures::key).toList();
    }

    /**
     * Generates a key kept under {@code pin} for one of the person's profiles ({@code PERSON}, or {@code
     * OFFICIAL:<officer id>} for an appointment) and certifies it.
     */
    public SigningKey enrol(Pinfl person, String pin, String profile) {
        return key(enrolment.issueRemote(person, pin, profile));
    }

    /**
     * A detached CAdES signature over {@code document} with the person's kept key {@code serial}, opened by the
     * PIN for this one signing.
     *
     * @throws WrongPin when the PIN does not open the key (the wrong attempt is counted)
     */
    public byte[] sign(Pinfl person, String serial, String pin, byte[] document) {
        try {
            return enrolment.sign(person, serial, pin, document);
        } catch (WrongPinException wrong) {
            throw new WrongPin();
        }
    }

    /**
     * {@code pdf} signed as PAdES (ETSI EN 319 142-1, SubFilter {@code ETSI.CAdES.detached}, with a signature
     * time-stamp) by the person's kept key {@code serial}, opened by the PIN for this one signing. The result is
     * the same PDF with an incremental update; sign it again to add another signature.
     *
     * @throws WrongPin when the PIN does not open the key (the wrong attempt is counted)
     * @throws uz.yagona.shared.InvalidValueException when {@code pdf} is not a PDF, or the key is not the
     *         person's, is revoked, expired or locked
     */
    public byte[] signPdf(Pinfl signer, String serial, String pin, byte[] pdf) {
        try {
            return enrolment.signPdf(signer, serial, pin, pdf);
        } catch (WrongPinException wrong) {
            throw new WrongPin();
        }
    }

    /**
     * The report on every signature in {@code pdf}, one signer each, with the checks of {@link #verify} and
     * {@code COVERAGE} (the signature's byte range is the whole file, or later changes are signed too). Not
     * valid when the PDF has no signature; throws {@code InvalidValueException} when it is not a PDF.
     */
    public VerificationReport verifyPdf(byte[] pdf) {
        return pdfVerifier.verify(pdf);
    }

    /**
     * A detached CAdES-T signature of {@code document} under the electronic seal of the agency {@code
     * agencyCode} (a code known to identity, such as {@code MOH}): for what the agency itself issues. The signer
     * in a report on it has that {@code agencyCode} and the agency's name as {@code organisation}.
     *
     * @throws uz.yagona.shared.InvalidValueException {@code signature.seal.agency} for an unknown agency
     */
    public byte[] seal(String agencyCode, byte[] document) {
        return seals.seal(agencyCode, document);
    }

    /** {@code pdf} signed as PAdES under the agency's seal, as {@link #signPdf} does with a person's key. */
    public byte[] sealPdf(String agencyCode, byte[] pdf) {
        return seals.sealPdf(agencyCode, pdf);
    }

    private static SigningKey key(IssuedCertificate issued) {
        return new SigningKey(issued.serial(), issued.profile(), issued.subject(), agencyOf(issued),
                issued.notAfter());
    }

    private static @Nullable String agencyOf(IssuedCertificate issued) {
        if (!"OFFICIAL".equals(issued.profile())) {
            return null;
        }
        var units = new X500Name(BCStyle.INSTANCE, issued.subject()).getRDNs(BCStyle.OU);
        return units.length == 0 ? null : IETFUtils.valueToString(units[0].getFirst().getValue());
    }
}
