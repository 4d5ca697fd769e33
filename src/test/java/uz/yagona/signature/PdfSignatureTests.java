package uz.yagona.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.documents.OfficialPdf;
import uz.yagona.documents.OfficialPdf.Layout;
import uz.yagona.documents.OfficialPdf.Line;
import uz.yagona.identity.TestCitizens;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;
import uz.yagona.signature.internal.NationalPki;

/**
 * PAdES signatures with keys the platform keeps: the platform's own verification over the signed byte range,
 * and OpenSSL as the independent check of the same CMS and byte range.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PdfSignatureTests {

    private static final String PIN = "135790";

    @Autowired
    Signatures signatures;

    @Autowired
    OfficialPdf officialPdf;

    @Autowired
    TestCitizens citizens;

    @Autowired
    NationalPki pki;

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Test
    void aSignedOfficialPdfVerifiesWithTheSignerNamedAndEveryCheckPassed() throws Exception {
        var signer = citizens.withAccount();
        var key = signatures.enrol(signer, PIN, "PERSON");
        var pdf = render("MOJ-2026-000101");

        var signed = signatures.signPdf(signer, key.serial(), PIN, pdf);

        var report = signatures.verifyPdf(signed);
        assertThat(report.valid()).isTrue();
        assertThat(report.signers()).singleElement().satisfies(one -> {
            assertThat(one.pinfl()).isEqualTo(signer.value());
            assertThat(one.certificateSerial()).isEqualTo(key.serial());
            assertThat(one.timeSource()).isEqualTo("TIME_STAMP");
            assertThat(outcomes(one)).containsEntry("DIGEST", "PASSED").containsEntry("SIGNATURE", "PASSED")
                    .containsEntry("SIGNING_CERTIFICATE", "PASSED").containsEntry("CHAIN", "PASSED")
                    .containsEntry("VALIDITY", "PASSED").containsEntry("REVOCATION", "PASSED")
                    .containsEntry("TIME_STAMP", "PASSED").containsEntry("COVERAGE", "PASSED");
        });
        // an incremental update: the rendered PDF is the signed file's first revision, and still reads the same
        assertThat(java.util.Arrays.copyOf(signed, pdf.length)).isEqualTo(pdf);
        try (var document = Loader.loadPDF(signed)) {
            assertThat(new PDFTextStripper().getText(document)).contains("MOJ-2026-000101", "Ғулнора");
            var dictionary = document.getSignatureDictionaries().getFirst();
            assertThat(dictionary.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(dictionary.getFilter()).isEqualTo("Adobe.PPKLite");
            assertThat(dictionary.getSignDate()).isNotNull();
        }
    }

    @Test
    void theCmsIsPadesShapedAndOpensslVerifiesItOverTheSignedByteRange() throws Exception {
        var signer = citizens.withAccount();
        var key = signatures.enrol(signer, PIN, "PERSON");
        var signed = signatures.signPdf(signer, key.serial(), PIN, render("MOJ-2026-000102"));

        var parts = signedParts(signed);
        var cms = parts.cms();
        var range = parts.range();
        var attributes = new CMSSignedData(new CMSProcessableByteArray(range), cms).getSignerInfos().getSigners()
                .iterator().next();
        // ETSI EN 319 142-1: signing-certificate-v2 present, signing-time absent (M says the time)
        assertThat(attributes.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
        assertThat(attributes.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
        assertThat(attributes.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken))
                .isNotNull();

        Files.write(dir.resolve("sig.der"), cms);
        Files.write(dir.resolve("range.bin"), range);
        Files.writeString(dir.resolve("root.pem"), pem(pki.root()));
        Files.writeString(dir.resolve("issuing.pem"), pem(pki.issuingCa()));
        var openssl = new Openssl(dir);
        var verified = openssl.run("cms", "-verify", "-binary", "-inform", "DER", "-in", "sig.der", "-content",
                "range.bin", "-CAfile", "root.pem", "-certfile", "issuing.pem", "-purpose", "any", "-out", "/dev/null");
        assertThat(verified.output()).contains("Verification successful");
        assertThat(verified.ok()).isTrue();

        // and the same check fails on a byte range with one byte changed
        range[range.length / 2] ^= 1;
        Files.write(dir.resolve("changed.bin"), range);
        assertThat(openssl.run("cms", "-verify", "-binary", "-inform", "DER", "-in", "sig.der", "-content",
                "changed.bin", "-CAfile", "root.pem", "-certfile", "issuing.pem", "-purpose", "any", "-out",
                "/dev/null").ok()).isFalse();
    }

    @Test
    void aSignedPdfAloneIsVerifiedByTheApiAndThePublicPage() {
        var signer = citizens.withAccount();
        var key = signatures.enrol(signer, PIN, "PERSON");
        var signed = signatures.signPdf(signer, key.serial(), PIN, render("MOJ-2026-000111"));

        var response = new Browser(port).multipart("/api/v1/signatures/verification",
                Map.of("document", new Browser.Upload("result.pdf", signed)));
        assertThat(response.statusCode()).as(Browser.text(response)).isEqualTo(200);
        assertThat(Browser.text(response)).contains("\"valid\":true", "\"COVERAGE\"", signer.value());

        var visitor = new Browser(port, "en");
        visitor.page("/signatures/verify");
        var page = Browser.text(visitor.upload("/signatures/verify",
                Map.of("document", new Browser.Upload("result.pdf", signed))));
        assertThat(page).contains("Whole document signed", signer.value()).doesNotContain("data-outcome=\"FAILED\"");
        var unsigned = Browser.text(visitor.upload("/signatures/verify",
                Map.of("document", new Browser.Upload("plain.txt", "not a pdf".getBytes(StandardCharsets.UTF_8)))));
        assertThat(unsigned).contains("The file is not a readable PDF, or its signature is broken.");
    }

    /** Poppler's pdfsig, where installed (poppler-utils), as a second independent reader of the PDF itself. */
    @Test
    void popplerPdfsigFindsTheSignatureValidAndTheSigner() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdfsig")), "pdfsig is not installed");
        var signer = citizens.withAccount();
        var key = signatures.enrol(signer, PIN, "PERSON");
        Files.write(dir.resolve("signed.pdf"), signatures.signPdf(signer, key.serial(), PIN, render("MOJ-2026-000110")));

        var process = new ProcessBuilder("pdfsig", "signed.pdf").directory(dir.toFile()).redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        assertThat(output).contains("Signature #1", "Signature Validation: Signature is Valid.",
                "ETSI.CAdES.detached", "Total document signed");
        assertThat(output).contains(key.subject().replaceAll(".*CN=([^,]+).*", "$1"));
    }

    @Test
    void aByteChangedInTheSignedPdfFailsTheDigestCheck() {
        var signer = citizens.withAccount();
        var key = signatures.enrol(signer, PIN, "PERSON");
        var signed = signatures.signPdf(signer, key.serial(), PIN, render("MOJ-2026-000103"));
        // the binary comment on the header's second line: inside the signed range, and the PDF still parses
        int comment = new String(signed, StandardCharsets.ISO_8859_1).indexOf('%', 1);
        assertThat(comment).isBetween(8, 12);
        signed[comment + 1] ^= 1;

        var report = signatures.verifyPdf(signed);

        assertThat(report.valid()).isFalse();
        assertThat(outcomes(report.signers().getFirst())).containsEntry("DIGEST", "FAILED");
    }

    @Test
    void contentAppendedAfterTheSignatureFailsCoverageButASecondSignatureCoversTheFirst() throws Exception {
        var first = citizens.withAccount();
        var second = citizens.withAccount();
        var firstKey = signatures.enrol(first, PIN, "PERSON");
        var secondKey = signatures.enrol(second, PIN, "PERSON");
        var signed = signatures.signPdf(first, firstKey.serial(), PIN, render("MOJ-2026-000104"));

        var extended = incrementalUpdate(signed);
        var report = signatures.verifyPdf(extended);
        assertThat(report.valid()).isFalse();
        assertThat(outcomes(report.signers().getFirst())).containsEntry("COVERAGE", "FAILED")
                .containsEntry("DIGEST", "PASSED");

        var countersigned = signatures.signPdf(second, secondKey.serial(), PIN, signed);
        var both = signatures.verifyPdf(countersigned);
        assertThat(both.valid()).isTrue();
        assertThat(both.signers()).extracting(SignerReport::pinfl).containsExactly(first.value(), second.value());
        assertThat(both.signers().getFirst().checks()).anySatisfy(check -> {
            assertThat(check.name()).isEqualTo(Check.Name.COVERAGE);
            assertThat(check.reason()).isEqualTo("laterRevisionSigned");
        });
    }

    @Test
    void aWrongPinIsRefusedAndCounted() {
        var signer = citizens.withAccount();
        var key = signatures.enrol(signer, PIN, "PERSON");

        assertThatThrownBy(() -> signatures.signPdf(signer, key.serial(), "000000", render("MOJ-2026-000105")))
                .isInstanceOf(WrongPin.class);
    }

    @Test
    void anotherPersonsKeyCannotSign() {
        var owner = citizens.withAccount();
        var key = signatures.enrol(owner, PIN, "PERSON");
        Pinfl stranger = citizens.withAccount();

        assertThatThrownBy(() -> signatures.signPdf(stranger, key.serial(), PIN, render("MOJ-2026-000106")))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("signature.certificate.unknown"));
    }

    @Test
    void whatIsNotAPdfIsBadInputAndAnUnsignedPdfIsNotValid() {
        var signer = citizens.withAccount();
        var key = signatures.enrol(signer, PIN, "PERSON");
        var notPdf = "just text".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> signatures.signPdf(signer, key.serial(), PIN, notPdf))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("signature.pdf.malformed"));
        assertThatThrownBy(() -> signatures.verifyPdf(notPdf))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("signature.pdf.malformed"));
        var unsigned = signatures.verifyPdf(render("MOJ-2026-000107"));
        assertThat(unsigned.valid()).isFalse();
        assertThat(unsigned.signers()).isEmpty();
    }

    @Test
    void aPdfSealedByAnAgencyVerifiesWithTheAgencyAsSignerAndOpensslAgrees() throws Exception {
        var sealed = signatures.sealPdf("MOJ", render("MOJ-2026-000108"));

        var report = signatures.verifyPdf(sealed);
        assertThat(report.valid()).isTrue();
        assertThat(report.signers()).singleElement().satisfies(one -> {
            assertThat(one.agencyCode()).isEqualTo("MOJ");
            assertThat(one.organisation()).isEqualTo("Oʻzbekiston Respublikasi Adliya vazirligi");
            assertThat(one.pinfl()).isNull();
        });
        // the same seal key signs the next document: one key per agency, not one per document
        var next = signatures.verifyPdf(signatures.sealPdf("MOJ", render("MOJ-2026-000109")));
        assertThat(next.signers().getFirst().certificateSerial())
                .isEqualTo(report.signers().getFirst().certificateSerial());

        var parts = signedParts(sealed);
        Files.write(dir.resolve("seal.der"), parts.cms());
        Files.write(dir.resolve("range.bin"), parts.range());
        Files.writeString(dir.resolve("root.pem"), pem(pki.root()));
        Files.writeString(dir.resolve("issuing.pem"), pem(pki.issuingCa()));
        assertThat(new Openssl(dir).ok("cms", "-verify", "-binary", "-inform", "DER", "-in", "seal.der", "-content",
                "range.bin", "-CAfile", "root.pem", "-certfile", "issuing.pem", "-purpose", "any", "-out",
                "/dev/null")).contains("Verification successful");
    }

    @Test
    void aDetachedSealVerifiesOverItsDocumentAndAnUnknownAgencyCannotSeal() {
        var record = "{\"number\":\"L-2026-000001\"}".getBytes(StandardCharsets.UTF_8);
        var seal = signatures.seal("MOJ", record);

        assertThat(signatures.verify(record, seal).valid()).isTrue();
        assertThat(signatures.verify("{}".getBytes(StandardCharsets.UTF_8), seal).valid()).isFalse();
        assertThatThrownBy(() -> signatures.seal("NOPE", record))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("signature.seal.agency"));
        assertThatThrownBy(() -> signatures.seal("../etc", record))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("signature.seal.agency"));
    }

    private byte[] render(String number) {
        return officialPdf.render(new Layout("Oʻzbekiston Respublikasi Adliya vazirligi",
                "Туғилганлик ҳақида гувоҳнома", number, LocalDate.of(2026, 11, 24), Locale.forLanguageTag("uz-Cyrl"),
                List.of(new Line("Фамилияси, исми", "Қодирова Ғулнора")),
                "https://my.yagona.uz/licences/" + number));
    }

    /** What a viewer that edits after signing does: an incremental update that is not signed. */
    private static byte[] incrementalUpdate(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            document.getDocumentInformation().setSubject("added later");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            var out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }

    private record SignedParts(byte[] cms, byte[] range) {
    }

    /** The first signature's CMS (without the zero padding of Contents) and the bytes it signs, the whole file. */
    private static SignedParts signedParts(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            var dictionary = document.getSignatureDictionaries().getFirst();
            var byteRange = dictionary.getByteRange();
            assertThat(byteRange[0]).isZero();
            assertThat(byteRange[2] + byteRange[3]).isEqualTo(pdf.length);
            return new SignedParts(der(dictionary.getContents(pdf)), dictionary.getSignedContent(pdf));
        }
    }

    private static byte[] der(byte[] padded) throws Exception {
        var in = new java.io.ByteArrayInputStream(padded);
        try (var asn1 = new org.bouncycastle.asn1.ASN1InputStream(in)) {
            return asn1.readObject().getEncoded("DER");
        }
    }

    private static String pem(X509Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(
                        certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    private static Map<String, String> outcomes(SignerReport signer) {
        var outcomes = new TreeMap<String, String>();
        signer.checks().forEach(check -> outcomes.put(check.name().name(), check.outcome().name()));
        return outcomes;
    }
}
