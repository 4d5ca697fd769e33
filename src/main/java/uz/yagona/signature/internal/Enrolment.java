package uz.yagona.signature.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.ArrayList;
import java.util.List;
import uz.yagona.identity.Agencies;
import uz.yagona.identity.LegalEntities;
import uz.yagona.identity.Officers;
import uz.yagona.identity.Persons;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;
import uz.yagona.signature.internal.PinProtectedKeys.WrongPinException;

/**
 * A person's certificates: a key the platform generates and keeps under the person's PIN (remote signing), or a
 * certificate for a key the person keeps and proves with a PKCS#10 request; signing with the kept key; and
 * revocation. Subjects always come from the national ID's records.
 */
@Service
public class Enrolment {

    /** RFC 5280 CRLReason: the holder asked for it (cessationOfOperation is the closest for "no longer used"). */
    static final int REASON_CESSATION_OF_OPERATION = 5;

    private final Persons persons;
    private final Officers officers;
    private final Agencies agencies;
    private final LegalEntities legalEntities;
    private final NationalPki pki;
    private final Certificates certificates;
    private final Crls crls;
    private final CadesSigner signer;
    private final PadesSigner pades;
    private final SignatureSettings settings;
    private final Clock clock;

    Enrolment(Persons persons, Officers officers, Agencies agencies, LegalEntities legalEntities, NationalPki pki, Certificates certificates, Crls crls, CadesSigner signer,
            PadesSigner pades, SignatureSettings settings, Clock clock) {
        this.persons = persons;
        this.officers = officers;
        this.agencies = agencies;
        this.legalEntities = legalEntities;
        this.pki = pki;
        this.certificates = certificates;
        this.crls = crls;
        this.signer = signer;
        this.pades = pades;
        this.settings = settings;
        this.clock = clock;
    }

    /** A certificate profile the person may ask for: {@code id} is what a form sends back. */
    public record Profile(String id, Holder holder) {
    }

    /**
     * The profiles open to a person by the national ID's records: as themself, as an officer in each of their
     * appointments (agency and position), and for each legal entity they represent (with its STIR).
     */
    public List<Profile> profiles(Pinfl pinfl) {
        var person = persons.findByPinfl(pinfl)
                .orElseThrow(() -> new IllegalStateException("A signed-in person is not in the national ID"));
        var profiles = new ArrayList<Profile>();
        profiles.add(new Profile("PERSON", new Holder.Person(person.pinfl(), person.latin())));
        for (var officer : officers.of(person.id())) {
            agencies.find(officer.agency()).ifPresent(agency -> profiles.add(new Profile("OFFICIAL:" + officer.id(),
                    new Holder.Official(person.pinfl(), person.latin(), agency.code(), agency.name().uzLatn(),
                            officer.position()))));
        }
        for (var representation : legalEntities.representedBy(person.id())) {
            var entity = representation.entity();
            profiles.add(new Profile("LEGAL_ENTITY:" + entity.id(),
                    new Holder.LegalEntity(person.pinfl(), person.latin(), entity.stir(), entity.name())));
        }
        return profiles;
    }

    /** Generates a key, issues its certificate and keeps the key sealed under {@code pin}. */
    @Transactional
    public IssuedCertificate issueRemote(Pinfl pinfl, String pin) {
        return issueRemote(pinfl, pin, "PERSON");
    }

    /** As {@link #issueRemote(Pinfl, String)} for one of the person's {@link #profiles(Pinfl) profiles}. */
    @Transactional
    public IssuedCertificate issueRemote(Pinfl pinfl, String pin, String profile) {
        if (pin.length() < settings.pinMinLength() || !pin.chars().allMatch(Character::isDigit)) {
            throw new InvalidValueException("signature.pin.format", "The PIN must be digits", settings.pinMinLength());
        }
        var holder = holder(pinfl, profile);
        var algorithm = SigningAlgorithm.named(settings.keyAlgorithm());
        var keys = algorithm.generateKeyPair();
        var certificate = pki.issue(holder, keys.getPublic());
        var serial = Certificates.serialOf(certificate);
        var sealed = PinProtectedKeys.seal(keys.getPrivate(), pin.toCharArray(), serial, settings.pinIterations());
        certificates.record(holder, pinfl.value(), certificate, sealed);
        return certificates.find(serial).orElseThrow();
    }

    /** Checks the request's proof of possession and key, then certifies the key for the signed-in person. */
    @Transactional
    public X509Certificate issueForRequest(Pinfl pinfl, byte[] request) {
        return issueForRequest(pinfl, request, "PERSON");
    }

    /** As {@link #issueForRequest(Pinfl, byte[])} for one of the person's profiles. */
    @Transactional
    public X509Certificate issueForRequest(Pinfl pinfl, byte[] request, String profile) {
        var csr = parse(request);
        try {
            if (!csr.isSignatureValid(new JcaContentVerifierProviderBuilder().build(csr.getSubjectPublicKeyInfo()))) {
                throw new InvalidValueException("signature.csr.proofOfPossession", "The request's signature is wrong");
            }
            var key = csr.getPublicKey();
            boolean strong = key instanceof ECPublicKey ec && ec.getParams().getCurve().getField().getFieldSize() == 256
                    || key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() >= 2048;
            if (!strong) {
                throw new InvalidValueException("signature.csr.key", "Only P-256 and RSA of 2048 bits or more");
            }
            var holder = holder(pinfl, profile);
            var certificate = pki.issue(holder, key);
            certificates.record(holder, pinfl.value(), certificate, null);
            return certificate;
        } catch (OperatorCreationException | PKCSException | GeneralSecurityException e) {
            throw new InvalidValueException("signature.csr.proofOfPossession", "The request's signature is wrong");
        }
    }

    /** A CAdES-T signature with the person's kept key, opened by the PIN for this one signing only. */
    public byte[] sign(Pinfl pinfl, String serial, String pin, byte[] document) throws WrongPinException {
        var opened = open(pinfl, serial, pin);
        return signer.sign(document, opened.key(), opened.certificate());
    }

    /** A PAdES signature of {@code pdf} with the person's kept key, opened by the PIN for this one signing. */
    public byte[] signPdf(Pinfl pinfl, String serial, String pin, byte[] pdf) throws WrongPinException {
        var opened = open(pinfl, serial, pin);
        return pades.sign(pdf, opened.key(), opened.certificate());
    }

    private record OpenedKey(PrivateKey key, X509Certificate certificate) {
    }

    private OpenedKey open(Pinfl pinfl, String serial, String pin) throws WrongPinException {
        var issued = certificates.find(serial).filter(c -> pinfl.value().equals(c.holderPinfl()))
                .filter(IssuedCertificate::remote)
                .orElseThrow(() -> new InvalidValueException("signature.certificate.unknown", "No such key of yours"));
        if (!issued.usableAt(clock.instant())) {
            throw new InvalidValueException("signature.certificate.unusable", "Revoked or expired");
        }
        if (issued.failedPins() >= settings.maxPinAttempts()) {
            throw new InvalidValueException("signature.pin.locked", "Too many wrong PINs: the key is locked");
        }
        var certificate = issued.certificate();
        PrivateKey key;
        try {
            key = PinProtectedKeys.open(issued.sealedKey(), pin.toCharArray(), serial,
                    certificate.getPublicKey().getAlgorithm());
        } catch (WrongPinException wrong) {
            // counted outside any transaction, so the count survives the exception
            certificates.wrongPin(serial);
            throw wrong;
        }
        certificates.rightPin(serial);
        return new OpenedKey(key, certificate);
    }

    /** Revokes one of the person's own certificates and publishes a new CRL at once. */
    @Transactional
    public void revoke(Pinfl pinfl, String serial) {
        certificates.find(serial).filter(c -> pinfl.value().equals(c.holderPinfl()))
                .orElseThrow(() -> new InvalidValueException("signature.certificate.unknown", "No such certificate"));
        if (certificates.revoke(serial, clock.instant(), REASON_CESSATION_OF_OPERATION)) {
            crls.publish();
        }
    }

    private Holder holder(Pinfl pinfl, String profile) {
        return profiles(pinfl).stream().filter(p -> p.id().equals(profile)).findFirst().map(Profile::holder)
                .orElseThrow(() -> new InvalidValueException("signature.profile.unknown", "Not a profile of yours"));
    }

    private static JcaPKCS10CertificationRequest parse(byte[] request) {
        try {
            var text = new String(request, StandardCharsets.US_ASCII);
            var der = text.startsWith("-----BEGIN")
                    ? Base64.getDecoder().decode(text.replaceAll("-----[^-]+-----", "").replaceAll("\\s", ""))
                    : request;
            return new JcaPKCS10CertificationRequest(der);
        } catch (IOException | RuntimeException e) {
            throw new InvalidValueException("signature.csr.malformed", "Not a PKCS#10 request in PEM or DER");
        }
    }
}
