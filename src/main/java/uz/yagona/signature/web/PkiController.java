package uz.yagona.signature.web;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.bouncycastle.tsp.TimeStampRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.signature.internal.Crls;
import uz.yagona.signature.internal.NationalPki;
import uz.yagona.signature.internal.TimeStamps;

/** What relying parties fetch without signing in: CA certificates, the CRL and time-stamps (RFC 3161). */
@RestController
class PkiController {

    static final MediaType PEM_CHAIN = MediaType.parseMediaType("application/pem-certificate-chain");
    static final MediaType CRL = MediaType.parseMediaType("application/pkix-crl");
    static final MediaType CERTIFICATE = MediaType.parseMediaType("application/pkix-cert");
    static final String TIME_STAMP_QUERY = "application/timestamp-query";
    static final String TIME_STAMP_REPLY = "application/timestamp-reply";

    private final NationalPki pki;
    private final Crls crls;
    private final TimeStamps timeStamps;

    PkiController(NationalPki pki, Crls crls, TimeStamps timeStamps) {
        this.pki = pki;
        this.crls = crls;
        this.timeStamps = timeStamps;
    }

    /** The national root first, then the issuing CA, as PEM (RFC 7468). */
    @GetMapping("/api/v1/pki/ca-certificates")
    ResponseEntity<String> caCertificates() {
        return ResponseEntity.ok().contentType(PEM_CHAIN).body(pem(pki.root()) + pem(pki.issuingCa()));
    }

    @GetMapping({"/pki/crl/issuing.crl", "/api/v1/pki/crl"})
    ResponseEntity<byte[]> crl() {
        return ResponseEntity.ok().contentType(CRL).body(crls.current());
    }

    @GetMapping("/pki/root.crt")
    ResponseEntity<byte[]> root() throws CertificateEncodingException {
        return ResponseEntity.ok().contentType(CERTIFICATE).body(pki.root().getEncoded());
    }

    @GetMapping("/pki/issuing.crt")
    ResponseEntity<byte[]> issuing() throws CertificateEncodingException {
        return ResponseEntity.ok().contentType(CERTIFICATE).body(pki.issuingCa().getEncoded());
    }

    @PostMapping(path = "/api/v1/pki/time-stamps", consumes = TIME_STAMP_QUERY, produces = TIME_STAMP_REPLY)
    byte[] timeStamp(@RequestBody byte[] query) throws IOException {
        TimeStampRequest request;
        try {
            request = new TimeStampRequest(query);
        } catch (IOException | RuntimeException e) {
            throw new InvalidValueException("signature.timeStampQuery.malformed", "Not an RFC 3161 request");
        }
        return timeStamps.respond(request).getEncoded();
    }

    static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
