package uz.yagona.identity.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.stereotype.Component;
import uz.yagona.identity.PlatformSigner;

/** Signs with the newest of the token-signing keys, the first key that {@code /oauth2/jwks} lists. */
@Component
class JwsPlatformSigner implements PlatformSigner {

    private final SigningKeys keys;

    JwsPlatformSigner(SigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public String signCompact(byte[] payload, String type, String contentType) {
        var key = (RSAKey) keys.current().getKeys().getFirst();
        var header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(new JOSEObjectType(type)).contentType(contentType).build();
        var jws = new JWSObject(header, new Payload(payload));
        try {
            jws.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("The platform key cannot sign", e);
        }
        return jws.serialize();
    }
}
