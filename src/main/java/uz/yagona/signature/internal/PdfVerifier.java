package uz.yagona.signature.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.springframework.stereotype.Component;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.signature.Check;
import uz.yagona.signature.Check.Name;
import uz.yagona.signature.SignerReport;
import uz.yagona.signature.VerificationReport;

/**
 * Verifies the signatures of a PDF (PAdES, and the older {@code adbe.pkcs7.detached}): each CMS against its
 * signed byte range with the same checks as any detached signature, plus whether the byte range covers the
 * file, so that content added after the last signature is not passed off as signed.
 */
@Component
public class PdfVerifier {

    static final Set<String> DETACHED = Set.of(PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName(),
            PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED.getName());

    private final Verifier verifier;

    PdfVerifier(Verifier verifier) {
        this.verifier = verifier;
    }

    /** One report with a signer per signature found; a PDF without signatures is not valid. */
    public VerificationReport verify(byte[] pdf) {
        List<PDSignature> signatures;
        try (var document = PadesSigner.load(pdf)) {
            signatures = document.getSignatureDictionaries();
        } catch (IOException e) {
            throw new InvalidValueException("signature.pdf.malformed", "Not a PDF that can be read");
        }
        long lastEnd = signatures.stream().mapToLong(PdfVerifier::end).max().orElse(0);
        var signers = new ArrayList<SignerReport>();
        for (var signature : signatures) {
            var range = signature.getByteRange();
            if (!wellFormed(range, pdf) || !DETACHED.contains(String.valueOf(signature.getSubFilter()))) {
                throw new InvalidValueException("signature.pdf.malformed",
                        "A signature's byte range or SubFilter is not one of a detached PDF signature");
            }
            byte[] cms;
            byte[] signed;
            try {
                cms = withoutPadding(signature.getContents(pdf));
                signed = signature.getSignedContent(pdf);
            } catch (IOException e) {
                throw new InvalidValueException("signature.pdf.malformed", "A signature's contents are broken");
            }
            for (var signer : verifier.verify(signed, cms).signers()) {
                signers.add(with(signer, coverage(end(signature), lastEnd, pdf.length)));
            }
        }
        return new VerificationReport(signers);
    }

    private static long end(PDSignature signature) {
        var range = signature.getByteRange();
        return range.length == 4 ? (long) range[2] + range[3] : 0;
    }

    /** Two ranges from the start to the end of the file (or of a revision) around the hex string of Contents. */
    private static boolean wellFormed(int[] range, byte[] pdf) {
        return range.length == 4 && range[0] == 0 && range[1] > 0 && range[2] > range[1] && range[3] >= 0
                && (long) range[2] + range[3] <= pdf.length
                && pdf[range[1]] == '<' && pdf[range[2] - 1] == '>';
    }

    private static Check coverage(long end, long lastEnd, int length) {
        if (end == length) {
            return Check.passed(Name.COVERAGE, "wholeDocument", "bytes 0.." + length);
        }
        if (lastEnd == length) {
            return Check.passed(Name.COVERAGE, "laterRevisionSigned",
                    "signed up to byte " + end + "; the later changes are signed by a later signature");
        }
        return Check.failed(Name.COVERAGE, "changedAfterSigning",
                "signed up to byte " + end + " of " + length + "; what follows is not signed");
    }

    /** The hex string of Contents is padded with zeros after the DER of the CMS. */
    static byte[] withoutPadding(byte[] contents) {
        var in = new ByteArrayInputStream(contents);
        try (var asn1 = new ASN1InputStream(in)) {
            asn1.readObject();
        } catch (IOException | RuntimeException e) {
            throw new InvalidValueException("signature.malformed", "The signature is not DER-encoded CMS");
        }
        return Arrays.copyOf(contents, contents.length - in.available());
    }

    private static SignerReport with(SignerReport signer, Check check) {
        var checks = new ArrayList<>(signer.checks());
        checks.add(check);
        return new SignerReport(signer.name(), signer.pinfl(), signer.stir(), signer.organisation(),
                signer.agencyCode(), signer.position(), signer.certificateSerial(), signer.issuer(),
                signer.signedAt(), signer.timeSource(), checks);
    }
}
