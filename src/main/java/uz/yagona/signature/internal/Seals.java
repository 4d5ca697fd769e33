package uz.yagona.signature.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import uz.yagona.identity.Agencies;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.signature.internal.KeyFiles.CaKey;

/**
 * Agencies' electronic seals (elektron muhr): one key per agency, created on first use and certified by the
 * issuing CA with the agency's code and name from the identity records, kept in a PKCS#12 file beside the CA
 * keys (never in the database). A seal whose certificate expired or was revoked is replaced by a new one.
 */
@Component
public class Seals {

    private static final Pattern AGENCY = Pattern.compile("[A-Z][A-Z0-9]{1,9}(\\.[A-Z0-9]{1,12}){0,4}");

    private final NationalPki pki;
    private final Certificates certificates;
    private final Agencies agencies;
    private final CadesSigner cades;
    private final PadesSigner pades;
    private final SignatureSettings settings;
    private final Clock clock;
    private final Map<String, CaKey> cache = new HashMap<>();

    Seals(NationalPki pki, Certificates certificates, Agencies agencies, CadesSigner cades, PadesSigner pades,
            SignatureSettings settings, Clock clock) {
        this.pki = pki;
        this.certificates = certificates;
        this.agencies = agencies;
        this.cades = cades;
        this.pades = pades;
        this.settings = settings;
        this.clock = clock;
    }

    /** A CAdES-T detached signature of {@code document} under the agency's seal. */
    public byte[] seal(String agencyCode, byte[] document) {
        var seal = key(agencyCode);
        return cades.sign(document, seal.key(), seal.certificate());
    }

    /** {@code pdf} signed as PAdES under the agency's seal. */
    public byte[] sealPdf(String agencyCode, byte[] pdf) {
        var seal = key(agencyCode);
        return pades.sign(pdf, seal.key(), seal.certificate());
    }

    synchronized CaKey key(String agencyCode) {
        if (!AGENCY.matcher(agencyCode).matches()) {
            throw new InvalidValueException("signature.seal.agency", "No such agency", agencyCode);
        }
        var cached = cache.get(agencyCode);
        if (cached != null && usable(cached)) {
            return cached;
        }
        var agency = agencies.findByCode(agencyCode)
                .orElseThrow(() -> new InvalidValueException("signature.seal.agency", "No such agency", agencyCode));
        var files = new KeyFiles(settings.keyStoreDir(), settings.keyStorePassword());
        var name = "seal-" + agencyCode;
        try (var lock = files.lock()) {
            var seal = files.read(name).filter(this::usable).orElseGet(() -> {
                var holder = new Holder.Seal(agencyCode, agency.name().uzLatn());
                var keys = SigningAlgorithm.named(settings.keyAlgorithm()).generateKeyPair();
                var certificate = pki.issue(holder, keys.getPublic());
                certificates.record(holder, null, certificate, null);
                var created = new CaKey(keys.getPrivate(), certificate);
                files.write(name, created, List.of(certificate, pki.issuingCa(), pki.root()));
                return created;
            });
            cache.put(agencyCode, seal);
            return seal;
        }
    }

    private boolean usable(CaKey seal) {
        return certificates.find(Certificates.serialOf(seal.certificate()))
                .filter(issued -> issued.usableAt(clock.instant().plusSeconds(60))).isPresent();
    }
}
