package uz.yagona.identity.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import org.springframework.stereotype.Component;
import uz.yagona.identity.PlatformSigner;

/** Signs with the newest ES256 platform key, which {@code /oauth2/jwks} lists beside the RS256 token key. */
@Component
class JwsPlatformSigner implements PlatformSigner {

    private final SigningKeys keys;

    JwsPlatformSigner(SigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public String signCompact(byte[] payload, String type, String contentType) {
        var key = keys.current().getKeys().stream().filter(ECKey.class::isInstance).map(ECKey.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException("No ES256 platform key"));
        var header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                .type(new JOSEObjectType(type)).contentType(contentType).build();
        var jws = new JWSObject(header, new Payload(payload));
        try {
            jws.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("The platform key cannot sign", e);
        }
        return jws.serialize();
    }
}
