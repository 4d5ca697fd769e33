package uz.yagona.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.identity.PersonName;
import uz.yagona.identity.TestCitizens;
import uz.yagona.shared.Pinfl;
import uz.yagona.signature.Browser.Upload;
import uz.yagona.signature.internal.CadesSigner;
import uz.yagona.signature.internal.Holder;
import uz.yagona.signature.internal.NationalPki;
import uz.yagona.signature.internal.SigningAlgorithm;

/**
 * The signature module end to end over HTTP, checked both ways by an independent tool: OpenSSL accepts what
 * the platform signs and time-stamps, and the platform accepts what OpenSSL signs with a key it never saw.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignatureTests {

    private static final String PIN = "246810";
    private static final byte[] DOCUMENT = "Ariza: yer uchastkasi ijarasi, 2026-yil\n".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    @Autowired
    TestCitizens citizens;

    @Autowired
    NationalPki pki;

    @Autowired
    CadesSigner signer;

    @TempDir
    Path dir;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void opensslAcceptsThePlatformsSignatureAndItsTimeStamp() throws Exception {
        var pinfl = citizens.withAccount();
        var signature = signRemotely(pinfl, DOCUMENT);
        var openssl = pkiFiles();
        Files.write(dir.resolve("doc"), DOCUMENT);
        Files.write(dir.resolve("sig.p7s"), signature);

        var verified = openssl.run("cms", "-verify", "-binary", "-inform", "DER", "-in", "sig.p7s", "-content", "doc",
                "-CAfile", "root.pem", "-purpose", "any", "-out", "/dev/null");
        assertThat(verified.output()).contains("Verification successful");
        assertThat(verified.ok()).isTrue();

        // the CAdES-T token is over the signature value (ETSI EN 319 122-1), so openssl checks it against that
        var signed = new CMSSignedData(new CMSProcessableByteArray(DOCUMENT), signature);
        var signerInfo = signed.getSignerInfos().getSigners().iterator().next();
        Files.write(dir.resolve("signature-value"), signerInfo.getSignature());
        var token = signerInfo.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)
                .getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded("DER");
        Files.write(dir.resolve("token.der"), token);
        assertThat(openssl.ok("ts", "-verify", "-data", "signature-value", "-in", "token.der", "-token_in",
                "-CAfile", "root.pem", "-untrusted", "issuing.pem")).contains("Verification: OK");

        var report = verify(DOCUMENT, signature);
        assertThat(report.get("valid").asBoolean()).isTrue();
        var signer = report.get("signers").get(0);
        assertThat(signer.get("pinfl").asString()).isEqualTo(pinfl.value());
        assertThat(signer.get("name").asString()).isEqualTo("Testova Nigora Aziz qizi");
        assertThat(signer.get("timeSource").asString()).isEqualTo("TIME_STAMP");
        assertThat(outcomes(signer)).containsEntry("DIGEST", "PASSED").containsEntry("SIGNATURE", "PASSED")
                .containsEntry("SIGNING_CERTIFICATE", "PASSED").containsEntry("CHAIN", "PASSED")
                .containsEntry("VALIDITY", "PASSED").containsEntry("REVOCATION", "PASSED")
                .containsEntry("TIME_STAMP", "PASSED");
    }

    @Test
    void opensslAcceptsTimeStampsFromThePlatformsTsa() throws Exception {
        var openssl = pkiFiles();
        Files.write(dir.resolve("doc"), DOCUMENT);
        openssl.ok("ts", "-query", "-data", "doc", "-sha256", "-cert", "-out", "request.tsq");
        var response = new Browser(port).postBytes("/api/v1/pki/time-stamps", "application/timestamp-query",
                Files.readAllBytes(dir.resolve("request.tsq")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/timestamp-reply");
        Files.write(dir.resolve("response.tsr"), response.body());

        assertThat(openssl.ok("ts", "-verify", "-in", "response.tsr", "-queryfile", "request.tsq",
                "-CAfile", "root.pem", "-untrusted", "issuing.pem")).contains("Verification: OK");
        assertThat(openssl.ok("ts", "-verify", "-in", "response.tsr", "-data", "doc",
                "-CAfile", "root.pem", "-untrusted", "issuing.pem")).contains("Verification: OK");
        // the TSA certificate says what it is for, and only that, critically (RFC 3161 2.3)
        assertThat(openssl.ok("ts", "-reply", "-in", "response.tsr", "-text")).contains("Status: Granted");

        // SHA-1 imprints could vouch for two colliding documents: the TSA refuses them in the protocol's own terms
        openssl.ok("ts", "-query", "-data", "doc", "-sha1", "-out", "weak.tsq");
        var refused = new Browser(port).postBytes("/api/v1/pki/time-stamps", "application/timestamp-query",
                Files.readAllBytes(dir.resolve("weak.tsq")));
        Files.write(dir.resolve("weak.tsr"), refused.body());
        assertThat(openssl.ok("ts", "-reply", "-in", "weak.tsr", "-text")).contains("Status: Rejected");
    }

    @Test
    void theCertificateForAnOpensslKeyNamesThePersonFromOurRecordsAndItsSignaturesVerifyUntilRevoked()
            throws Exception {
        var pinfl = citizens.withAccount();
        var browser = new Browser(port);
        browser.signIn(pinfl.value(), TestCitizens.PASSWORD);
        var openssl = pkiFiles();
        openssl.ok("ecparam", "-genkey", "-name", "prime256v1", "-noout", "-out", "key.pem");
        // the request claims another identity: the certificate must not believe it
        openssl.ok("req", "-new", "-key", "key.pem", "-subj", "/CN=Somebody Else/serialNumber=PNOUZ-31212000000000",
                "-out", "request.csr");
        browser.page("/signatures");
        var issued = browser.upload("/signatures/certificates/request",
                Map.of("csr", new Upload("request.csr", Files.readAllBytes(dir.resolve("request.csr")))));
        assertThat(issued.statusCode()).isEqualTo(302);
        var serial = issued.headers().firstValue("Location").orElseThrow().replaceAll(".*issued=", "");
        var pem = browser.get("/signatures/certificates/" + serial + ".pem");
        assertThat(pem.statusCode()).isEqualTo(200);
        Files.write(dir.resolve("cert.pem"), pem.body());
        var certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.body()));
        assertThat(new org.bouncycastle.cert.jcajce.JcaX509CertificateHolder(certificate).getSubject().toString())
                .contains("SERIALNUMBER=PNOUZ-" + pinfl.value()).contains("Testova Nigora").doesNotContain("Somebody");
        assertThat(crlUrl(certificate)).isEqualTo("http://localhost:8080/pki/crl/issuing.crl");

        Files.write(dir.resolve("doc"), DOCUMENT);
        openssl.ok("cms", "-sign", "-binary", "-outform", "DER", "-md", "sha256", "-in", "doc", "-signer", "cert.pem",
                "-inkey", "key.pem", "-certfile", "issuing.pem", "-out", "sig.p7s");
        var signature = Files.readAllBytes(dir.resolve("sig.p7s"));
        var report = verify(DOCUMENT, signature);
        assertThat(report.get("valid").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("signers").get(0).get("pinfl").asString()).isEqualTo(pinfl.value());
        assertThat(outcomes(report.get("signers").get(0))).containsEntry("TIME_STAMP", "NOT_PRESENT")
                .containsEntry("REVOCATION", "PASSED");

        browser.page("/signatures");
        var revoked = browser.post("/signatures/certificates/" + serial + "/revocation", Map.of());
        assertThat(revoked.statusCode()).isEqualTo(302);
        var afterRevocation = verify(DOCUMENT, signature);
        assertThat(afterRevocation.get("valid").asBoolean()).isFalse();
        var revocation = check(afterRevocation.get("signers").get(0), "REVOCATION");
        assertThat(revocation.get("outcome").asString()).isEqualTo("FAILED");
        assertThat(revocation.get("reason").asString()).isEqualTo("revoked");

        // the CRL at the address the certificate names lists it at once
        var crl = new Browser(port).get("/pki/crl/issuing.crl");
        Files.write(dir.resolve("issuing.crl"), crl.body());
        assertThat(openssl.ok("crl", "-inform", "DER", "-in", "issuing.crl", "-noout", "-text",
                "-CAfile", "chain.pem")).contains("Serial Number: " + serial);
        assertThat(openssl.run("crl", "-inform", "DER", "-in", "issuing.crl", "-noout", "-CAfile", "chain.pem")
                .output()).contains("verify OK");
    }

    @Test
    void aTimeStampedSignatureStaysValidWhenItsCertificateIsRevokedLater() throws Exception {
        var pinfl = citizens.withAccount();
        var browser = new Browser(port);
        browser.signIn(pinfl.value(), TestCitizens.PASSWORD);
        var serial = remoteCertificate(browser);
        browser.page("/signatures/sign");
        var signature = browser.upload("/signatures/sign", Map.of("serial", serial, "pin", PIN,
                "document", new Upload("ariza.txt", DOCUMENT))).body();
        // CRL times have whole seconds: within the signing second a revocation counts against the signature
        Thread.sleep(1_100);
        browser.page("/signatures");
        browser.post("/signatures/certificates/" + serial + "/revocation", Map.of());

        var report = verify(DOCUMENT, signature);

        assertThat(report.get("valid").asBoolean()).as(report.toString()).isTrue();
        assertThat(check(report.get("signers").get(0), "REVOCATION").get("reason").asString())
                .isEqualTo("revokedAfterSigning");
        browser.page("/signatures/sign");
        var afterwards = browser.upload("/signatures/sign", Map.of("serial", serial, "pin", PIN,
                "document", new Upload("ariza.txt", DOCUMENT)));
        assertThat(afterwards.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    }

    @Test
    void changedContentFailsTheDigestCheck() throws Exception {
        var signature = signRemotely(citizens.withAccount(), DOCUMENT);
        var changed = "Ariza: yer uchastkasi sotuvi, 2026-yil\n".getBytes(StandardCharsets.UTF_8);

        var report = verify(changed, signature);

        assertThat(report.get("valid").asBoolean()).isFalse();
        var digest = check(report.get("signers").get(0), "DIGEST");
        assertThat(digest.get("outcome").asString()).isEqualTo("FAILED");
        assertThat(digest.get("reason").asString()).isEqualTo("digestMismatch");
        Files.write(dir.resolve("changed"), changed);
        Files.write(dir.resolve("sig.p7s"), signature);
        var openssl = pkiFiles();
        assertThat(openssl.run("cms", "-verify", "-binary", "-inform", "DER", "-in", "sig.p7s", "-content", "changed",
                "-CAfile", "root.pem", "-purpose", "any", "-out", "/dev/null").ok()).isFalse();
    }

    @Test
    void aCertificateThatHadExpiredWhenSigningIsRejected() {
        var keys = new SigningAlgorithm.EcdsaP256().generateKeyPair();
        var now = Instant.now();
        var expired = pki.issue(new Holder.Person(citizens.withAccount(), new PersonName("Testova", "Nigora", null)),
                keys.getPublic(), now.minus(Duration.ofDays(800)), now.minus(Duration.ofDays(70)));
        // the time-stamp proves the signature was made today, after the certificate expired
        var signature = signer.sign(DOCUMENT, keys.getPrivate(), expired, true);

        var report = verify(DOCUMENT, signature);

        assertThat(report.get("valid").asBoolean()).isFalse();
        var validity = check(report.get("signers").get(0), "VALIDITY");
        assertThat(validity.get("outcome").asString()).isEqualTo("FAILED");
        assertThat(validity.get("reason").asString()).isEqualTo("expired");
        assertThat(check(report.get("signers").get(0), "TIME_STAMP").get("outcome").asString()).isEqualTo("PASSED");
    }

    @Test
    void aSignatureUnderAForeignCaIsRejected() throws Exception {
        var openssl = new Openssl(dir);
        openssl.ok("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", "ca.key", "-out", "ca.pem", "-days", "30", "-subj", "/C=UZ/O=Yagona/CN=Yagona Issuing CA (test)",
                "-addext", "basicConstraints=critical,CA:TRUE");
        openssl.ok("ecparam", "-genkey", "-name", "prime256v1", "-noout", "-out", "key.pem");
        openssl.ok("req", "-new", "-key", "key.pem", "-subj", "/CN=Forger/serialNumber=PNOUZ-31212000000000",
                "-out", "leaf.csr");
        openssl.ok("x509", "-req", "-in", "leaf.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                "-days", "30", "-out", "leaf.pem");
        Files.write(dir.resolve("doc"), DOCUMENT);
        openssl.ok("cms", "-sign", "-binary", "-outform", "DER", "-md", "sha256", "-in", "doc", "-signer", "leaf.pem",
                "-inkey", "key.pem", "-out", "sig.p7s");

        var report = verify(DOCUMENT, Files.readAllBytes(dir.resolve("sig.p7s")));

        assertThat(report.get("valid").asBoolean()).isFalse();
        var signer = report.get("signers").get(0);
        // the foreign CA copied our issuing CA's name; its signature gives it away
        assertThat(check(signer, "CHAIN").get("outcome").asString()).isEqualTo("FAILED");
        assertThat(check(signer, "CHAIN").get("reason").asString()).isEqualTo("forgedIssuer");
        assertThat(check(signer, "REVOCATION").get("outcome").asString()).isEqualTo("UNKNOWN");
        assertThat(check(signer, "DIGEST").get("outcome").asString()).isEqualTo("PASSED");
    }

    @Test
    void badInputGetsAProblemNeverAServerError() throws Exception {
        var api = new Browser(port);
        var garbage = api.multipart("/api/v1/signatures/verification", Map.of(
                "document", new Upload("doc", DOCUMENT), "signature", new Upload("sig.p7s", new byte[] {0x30, 0x03, 1})));
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(Browser.text(garbage)).contains("signature.malformed");

        var data = new ContentInfo(CMSObjectIdentifiers.data, new DEROctetString(DOCUMENT)).getEncoded("DER");
        var notSigned = api.multipart("/api/v1/signatures/verification", Map.of(
                "document", new Upload("doc", DOCUMENT), "signature", new Upload("sig.p7s", data)));
        assertThat(notSigned.statusCode()).isEqualTo(400);
        assertThat(Browser.text(notSigned)).contains("signature.notSignedData");

        var certificateInstead = api.multipart("/api/v1/signatures/verification", Map.of(
                "document", new Upload("doc", DOCUMENT), "signature", new Upload("root.der", pki.root().getEncoded())));
        assertThat(certificateInstead.statusCode()).isEqualTo(400);

        var missing = api.multipart("/api/v1/signatures/verification", Map.of("document", new Upload("doc", DOCUMENT)));
        assertThat(missing.statusCode()).isEqualTo(400);

        var badQuery = api.postBytes("/api/v1/pki/time-stamps", "application/timestamp-query", DOCUMENT);
        assertThat(badQuery.statusCode()).isEqualTo(400);

        var page = new Browser(port);
        page.page("/signatures/verify");
        var onPage = page.upload("/signatures/verify", Map.of(
                "document", new Upload("doc", DOCUMENT), "signature", new Upload("sig.p7s", DOCUMENT)));
        assertThat(onPage.statusCode()).isEqualTo(200);
        assertThat(Browser.text(onPage)).contains("The signature file is not a CMS signature");
    }

    @Test
    void aWrongPinSignsNothing() {
        var pinfl = citizens.withAccount();
        var browser = new Browser(port);
        browser.signIn(pinfl.value(), TestCitizens.PASSWORD);
        var serial = remoteCertificate(browser);
        browser.page("/signatures/sign");

        var response = browser.upload("/signatures/sign", Map.of("serial", serial, "pin", "135790",
                "document", new Upload("doc.txt", DOCUMENT)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(Browser.text(response)).contains("Wrong PIN.");
    }

    @Test
    void fiveWrongPinsInARowLockTheKeyEvenForTheRightPin() {
        var pinfl = citizens.withAccount();
        var browser = new Browser(port);
        browser.signIn(pinfl.value(), TestCitizens.PASSWORD);
        var serial = remoteCertificate(browser);
        for (int attempt = 0; attempt < 5; attempt++) {
            browser.page("/signatures/sign");
            browser.upload("/signatures/sign", Map.of("serial", serial, "pin", "00000" + attempt,
                    "document", new Upload("doc.txt", DOCUMENT)));
        }
        browser.page("/signatures/sign");

        var response = browser.upload("/signatures/sign", Map.of("serial", serial, "pin", PIN,
                "document", new Upload("doc.txt", DOCUMENT)));

        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(Browser.text(response)).contains("Too many wrong PINs");
    }

    @Test
    void theVerificationPageNamesTheSignerAndEveryCheckForAnyone() {
        var pinfl = citizens.withAccount();
        var signature = signRemotely(pinfl, DOCUMENT);
        var anonymous = new Browser(port);
        anonymous.page("/signatures/verify");

        var page = Browser.text(anonymous.upload("/signatures/verify", Map.of(
                "document", new Upload("ariza.txt", DOCUMENT), "signature", new Upload("ariza.txt.p7s", signature))));

        assertThat(page).contains("The signature is valid.").contains("Testova Nigora Aziz qizi")
                .contains(pinfl.value()).contains("proven by a time-stamp")
                .contains("data-check=\"REVOCATION\" data-outcome=\"PASSED\"")
                .contains("data-check=\"TIME_STAMP\" data-outcome=\"PASSED\"");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"uz-Latn", "uz-Cyrl", "ru", "en"})
    void everySignaturePageSpeaksEachLanguageWithoutMissingTexts(String language) {
        var pinfl = citizens.withAccount();
        var signature = signRemotely(pinfl, DOCUMENT);
        var browser = new Browser(port, language);
        browser.signIn(pinfl.value(), TestCitizens.PASSWORD);

        var pages = java.util.List.of(browser.page("/signatures"), browser.page("/signatures/sign"),
                browser.page("/signatures/verify"), Browser.text(browser.upload("/signatures/verify", Map.of(
                        "document", new Upload("a.txt", DOCUMENT), "signature", new Upload("a.p7s", signature)))),
                Browser.text(browser.upload("/signatures/verify", Map.of(
                        "document", new Upload("a.txt", DOCUMENT), "signature", new Upload("a.p7s", DOCUMENT)))));

        assertThat(pages).allSatisfy(page -> assertThat(page).doesNotContain("??").contains("<main"));
        assertThat(pages.get(3)).contains(pinfl.value()).contains("data-outcome=\"PASSED\"");
    }

    @Test
    void aRequestWithoutProofOfPossessionIsRefused() throws Exception {
        var pinfl = citizens.withAccount();
        var browser = new Browser(port);
        browser.signIn(pinfl.value(), TestCitizens.PASSWORD);
        var openssl = new Openssl(dir);
        openssl.ok("ecparam", "-genkey", "-name", "prime256v1", "-noout", "-out", "key.pem");
        openssl.ok("req", "-new", "-key", "key.pem", "-subj", "/CN=x", "-outform", "DER", "-out", "request.der");
        var request = Files.readAllBytes(dir.resolve("request.der"));
        // flip a bit inside the ECDSA signature at the end: the request no longer proves the key
        request[request.length - 5] ^= 0x01;
        browser.page("/signatures");

        var response = browser.upload("/signatures/certificates/request",
                Map.of("csr", new Upload("request.der", request)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Browser.text(response)).contains("The request is not signed by its own key.");
    }

    @Test
    void theCaCertificatesArePublishedAsPem() throws Exception {
        var response = new Browser(port).get("/api/v1/pki/ca-certificates");
        assertThat(response.statusCode()).isEqualTo(200);
        Files.write(dir.resolve("bundle.pem"), response.body());
        var openssl = new Openssl(dir);
        assertThat(openssl.ok("x509", "-in", "bundle.pem", "-noout", "-subject"))
                .contains("Yagona National Root CA");
        assertThat(new Browser(port).get("/signatures/verify").statusCode()).isEqualTo(200);
    }

    // --- helpers

    /** Signs in, gets a certificate with a key the platform keeps, signs {@code document} and returns the .p7s. */
    private byte[] signRemotely(Pinfl pinfl, byte[] document) {
        var browser = new Browser(port);
        browser.signIn(pinfl.value(), TestCitizens.PASSWORD);
        var serial = remoteCertificate(browser);
        browser.page("/signatures/sign");
        var response = browser.upload("/signatures/sign", Map.of("serial", serial, "pin", PIN,
                "document", new Upload("ariza.txt", document)));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pkcs7-signature");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("ariza.txt.p7s");
        return response.body();
    }

    private static String remoteCertificate(Browser browser) {
        browser.page("/signatures");
        var issued = browser.post("/signatures/certificates/remote", Map.of("pin", PIN, "pinRepeat", PIN));
        assertThat(issued.statusCode()).isEqualTo(302);
        return issued.headers().firstValue("Location").orElseThrow().replaceAll(".*issued=", "");
    }

    private JsonNode verify(byte[] document, byte[] signature) {
        var response = new Browser(port).multipart("/api/v1/signatures/verification", Map.of(
                "document", new Upload("doc", document), "signature", new Upload("sig.p7s", signature)));
        assertThat(response.statusCode()).as(Browser.text(response)).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static JsonNode check(JsonNode signer, String name) {
        for (var check : signer.get("checks")) {
            if (check.get("name").asString().equals(name)) {
                return check;
            }
        }
        throw new AssertionError("No check " + name + " in " + signer);
    }

    private static Map<String, String> outcomes(JsonNode signer) {
        var outcomes = new java.util.TreeMap<String, String>();
        signer.get("checks").forEach(check -> outcomes.put(check.get("name").asString(),
                check.get("outcome").asString()));
        return outcomes;
    }

    /** Writes root.pem, issuing.pem and chain.pem (both) from the published bundle, as a relying party would. */
    private Openssl pkiFiles() throws Exception {
        var bundle = Browser.text(new Browser(port).get("/api/v1/pki/ca-certificates"));
        var end = "-----END CERTIFICATE-----\n";
        var split = bundle.indexOf(end) + end.length();
        Files.writeString(dir.resolve("root.pem"), bundle.substring(0, split));
        Files.writeString(dir.resolve("issuing.pem"), bundle.substring(split));
        Files.writeString(dir.resolve("chain.pem"), bundle);
        return new Openssl(dir);
    }

    private static String crlUrl(X509Certificate certificate) throws Exception {
        var extension = certificate.getExtensionValue(Extension.cRLDistributionPoints.getId());
        var points = CRLDistPoint.getInstance(DEROctetString.getInstance(extension).getOctets());
        var names = GeneralNames.getInstance(points.getDistributionPoints()[0].getDistributionPoint().getName());
        return names.getNames()[0].getName().toString();
    }
}
