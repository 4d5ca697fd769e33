package uz.yagona.signature.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.springframework.stereotype.Component;
import uz.yagona.shared.InvalidValueException;

/**
 * Signs a PDF as PAdES (ETSI EN 319 142-1) baseline: an incremental update adds a signature dictionary with
 * SubFilter {@code ETSI.CAdES.detached}, and the CMS in its {@code Contents} is a CAdES-T signature over the
 * byte range, that is the whole file but the signature value itself. Earlier revisions stay as they were.
 */
@Component
public class PadesSigner {

    /** Room for the CMS: the signer's and the TSA's certificates with their CA, and an RSA-3072 value. */
    static final int SIGNATURE_SIZE = 24 * 1024;

    private final CadesSigner cades;
    private final Clock clock;

    PadesSigner(CadesSigner cades, Clock clock) {
        this.cades = cades;
        this.clock = clock;
    }

    public byte[] sign(byte[] pdf, PrivateKey key, X509Certificate certificate) {
        try (var document = load(pdf); var options = new SignatureOptions()) {
            var signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(commonName(certificate));
            var time = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            time.setTimeInMillis(clock.millis());
            signature.setSignDate(time);
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            document.addSignature(signature, options);
            var out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE + 4096);
            var external = document.saveIncrementalForExternalSigning(out);
            byte[] range;
            try (var content = external.getContent()) {
                range = content.readAllBytes();
            }
            external.setSignature(cades.signPdfRange(range, key, certificate));
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot sign the PDF", e);
        }
    }

    /** The PDF parsed, or bad input when it is not one. */
    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException | RuntimeException e) {
            throw new InvalidValueException("signature.pdf.malformed", "Not a PDF that can be read");
        }
    }

    private static String commonName(X509Certificate certificate) {
        var rdns = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.CN);
        return rdns.length == 0 ? "" : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }
}
