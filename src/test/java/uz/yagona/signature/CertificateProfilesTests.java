package uz.yagona.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.identity.Agencies;
import uz.yagona.identity.LegalEntities;
import uz.yagona.identity.LegalEntity;
import uz.yagona.identity.Officers;
import uz.yagona.identity.Persons;
import uz.yagona.identity.TestCitizens;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Stir;
import uz.yagona.signature.internal.CadesSigner;
import uz.yagona.signature.internal.Enrolment;
import uz.yagona.signature.internal.Holder;
import uz.yagona.signature.internal.NationalPki;
import uz.yagona.signature.internal.SigningAlgorithm;
import uz.yagona.signature.internal.TimeStamps;

/** The certificate profiles: what each kind of holder's certificate says, and what a verification report shows. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CertificateProfilesTests {

    private static final AtomicInteger ENTITIES = new AtomicInteger();

    private static final String PIN = "97531864";
    private static final byte[] DOCUMENT = "Qaror № 17".getBytes(StandardCharsets.UTF_8);

    @Autowired TestCitizens citizens;
    @Autowired Persons persons;
    @Autowired Officers officers;
    @Autowired Agencies agencies;
    @Autowired LegalEntities legalEntities;
    @Autowired Enrolment enrolment;
    @Autowired Signatures signatures;
    @Autowired NationalPki pki;
    @Autowired CadesSigner signer;
    @Autowired TimeStamps timeStamps;

    @TempDir
    Path dir;

    @Test
    void anOfficialsSignatureNamesTheAgencyAndThePosition() throws Exception {
        var pinfl = citizens.withAccount();
        var agency = agencies.findByCode("MBB.1726.1726266").orElseThrow();
        officers.appoint(persons.findByPinfl(pinfl).orElseThrow().id(), agency.id(), "Davlat ijrochisi",
                Set.of("ENFORCEMENT_OFFICER"));
        var official = enrolment.profiles(pinfl).stream().filter(p -> p.id().startsWith("OFFICIAL:")).findFirst()
                .orElseThrow();

        var issued = enrolment.issueRemote(pinfl, PIN, official.id());
        var report = signatures.verify(DOCUMENT, enrolment.sign(pinfl, issued.serial(), PIN, DOCUMENT));

        assertThat(issued.profile()).isEqualTo("OFFICIAL");
        assertThat(report.valid()).isTrue();
        var signer = report.signers().getFirst();
        assertThat(signer.pinfl()).isEqualTo(pinfl.value());
        assertThat(signer.agencyCode()).isEqualTo("MBB.1726.1726266");
        assertThat(signer.organisation()).isEqualTo(agency.name().uzLatn());
        assertThat(signer.position()).isEqualTo("Davlat ijrochisi");
    }

    @Test
    void aLegalEntitysCertificateCarriesItsStir() throws Exception {
        var pinfl = citizens.withAccount();
        var stir = new Stir("25" + "%07d".formatted(ENTITIES.incrementAndGet())); // series 25 is this class's
        var entity = legalEntities.register(stir, "\"Sinov Savdo\" MChJ", "MCHJ", LocalDate.of(2020, 3, 1));
        legalEntities.addRepresentative(entity.id(), persons.findByPinfl(pinfl).orElseThrow().id(),
                LegalEntity.Role.DIRECTOR);

        var issued = enrolment.issueRemote(pinfl, PIN, "LEGAL_ENTITY:" + entity.id());
        var report = signatures.verify(DOCUMENT, enrolment.sign(pinfl, issued.serial(), PIN, DOCUMENT));

        assertThat(issued.subject()).contains("organizationIdentifier=NTRUZ-" + stir.value());
        assertThat(report.valid()).isTrue();
        assertThat(report.signers().getFirst().stir()).isEqualTo(stir.value());
        assertThat(report.signers().getFirst().organisation()).isEqualTo("\"Sinov Savdo\" MChJ");
    }

    @Test
    void nobodyGetsACertificateForAProfileThatIsNotTheirs() {
        var pinfl = citizens.withAccount();
        assertThatThrownBy(() -> enrolment.issueRemote(pinfl, PIN, "LEGAL_ENTITY:" + java.util.UUID.randomUUID()))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("rule", "signature.profile.unknown");
        assertThatThrownBy(() -> enrolment.issueRemote(pinfl, "12", "PERSON"))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("rule", "signature.pin.format");
    }

    @Test
    void anAgencySealNamesTheAgencyAndNoPerson() {
        var keys = new SigningAlgorithm.EcdsaP256().generateKeyPair();
        var seal = pki.issue(new Holder.Seal("MBB.1726.1726266", "Yunusobod tumani MIB"), keys.getPublic());

        var report = signatures.verify(DOCUMENT, signer.sign(DOCUMENT, keys.getPrivate(), seal));

        assertThat(report.valid()).isTrue();
        assertThat(report.signers().getFirst().pinfl()).isNull();
        assertThat(report.signers().getFirst().organisation()).isEqualTo("Yunusobod tumani MIB");
        assertThat(report.signers().getFirst().agencyCode()).isEqualTo("MBB.1726.1726266");
    }

    @Test
    void theTimeStampingCertificateIsForTimeStampingOnlyAndSaysSoCritically() throws Exception {
        var token = timeStamps.stamp(DOCUMENT);
        var holder = (org.bouncycastle.cert.X509CertificateHolder) token.getCertificates().getMatches(token.getSID())
                .iterator().next();
        X509Certificate tsa = new JcaX509CertificateConverter().getCertificate(holder);

        assertThat(tsa.getExtendedKeyUsage()).containsExactly(KeyPurposeId.id_kp_timeStamping.getId());
        assertThat(tsa.getCriticalExtensionOIDs()).contains("2.5.29.37");
        assertThat(new JcaX509CertificateHolder(tsa).getIssuer().toString()).contains("Yagona Issuing CA");
    }

    @Test
    void anRsaKeyFromOpensslIsCertifiedAndItsSignaturesVerify() throws Exception {
        var pinfl = citizens.withAccount();
        var openssl = new Openssl(dir);
        openssl.ok("genrsa", "-out", "key.pem", "2048");
        openssl.ok("req", "-new", "-key", "key.pem", "-subj", "/CN=rsa", "-out", "request.csr");
        var certificate = enrolment.issueForRequest(pinfl, Files.readAllBytes(dir.resolve("request.csr")));
        Files.writeString(dir.resolve("cert.pem"), "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder().encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        Files.write(dir.resolve("doc"), DOCUMENT);
        openssl.ok("cms", "-sign", "-binary", "-outform", "DER", "-md", "sha256", "-in", "doc", "-signer", "cert.pem",
                "-inkey", "key.pem", "-out", "sig.p7s");

        var report = signatures.verify(DOCUMENT, Files.readAllBytes(dir.resolve("sig.p7s")));

        assertThat(report.valid()).as(report.toString()).isTrue();
        assertThat(report.signers().getFirst().pinfl()).isEqualTo(pinfl.value());
    }

    @Test
    void aWeakRsaKeyIsRefused() throws Exception {
        var openssl = new Openssl(dir);
        openssl.ok("genrsa", "-out", "key.pem", "1024");
        openssl.ok("req", "-new", "-key", "key.pem", "-subj", "/CN=weak", "-out", "request.csr");
        var request = Files.readAllBytes(dir.resolve("request.csr"));
        var pinfl = citizens.withAccount();

        assertThatThrownBy(() -> enrolment.issueForRequest(pinfl, request))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("rule", "signature.csr.key");
    }
}
