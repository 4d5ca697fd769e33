package uz.yagona.signature.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.springframework.stereotype.Component;

/** The platform's time-stamping authority (RFC 3161), used for CAdES-T and open to anyone at its API. */
@Component
public class TimeStamps {

    /**
     * The TSA policy. An OID under 2.25 (derived from a UUID, ITU-T X.667) needs no registration; the national
     * PKI will assign a proper one from its arc.
     */
    static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("2.25.161357428396582914218461838045937474901");

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Imprints we stamp: no MD5 or SHA-1, whose collisions would let one token vouch for two documents. */
    static final Set<ASN1ObjectIdentifier> ACCEPTED = Set.of(TSPAlgorithms.SHA256, TSPAlgorithms.SHA384,
            TSPAlgorithms.SHA512, TSPAlgorithms.SHA3_256, TSPAlgorithms.SHA3_384, TSPAlgorithms.SHA3_512);

    private final NationalPki pki;
    private final Clock clock;

    TimeStamps(NationalPki pki, Clock clock) {
        this.pki = pki;
        this.clock = clock;
    }

    /** Answers an RFC 3161 request; a request we cannot honour gets a rejection response, not an exception. */
    public TimeStampResponse respond(TimeStampRequest request) {
        try {
            var tsa = pki.tsaKey();
            var generator = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withECDSA", tsa.key(), tsa.certificate()),
                    new JcaDigestCalculatorProviderBuilder().build()
                            .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    POLICY);
            generator.addCertificates(new JcaCertStore(List.of(tsa.certificate(), pki.issuingCa())));
            var responder = new TimeStampResponseGenerator(generator, ACCEPTED);
            var serial = new BigInteger(64, RANDOM);
            var now = Date.from(clock.instant());
            try {
                request.validate(ACCEPTED, null, null);
            } catch (TSPException refused) {
                return responder.generateRejectedResponse(refused);
            }
            return responder.generate(request, serial, now);
        } catch (OperatorCreationException | GeneralSecurityException | TSPException e) {
            throw new IllegalStateException("The TSA cannot answer", e);
        }
    }

    /** A token over the SHA-256 digest of {@code data}, with the TSA certificate in it. */
    public TimeStampToken stamp(byte[] data) {
        try {
            var imprint = MessageDigest.getInstance("SHA-256").digest(data);
            var requests = new TimeStampRequestGenerator();
            requests.setCertReq(true);
            var response = respond(requests.generate(TSPAlgorithms.SHA256, imprint,
                    BigInteger.valueOf(RANDOM.nextLong())));
            if (response.getTimeStampToken() == null) {
                throw new IllegalStateException("The TSA refused our own request: " + response.getStatusString());
            }
            return response.getTimeStampToken();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
