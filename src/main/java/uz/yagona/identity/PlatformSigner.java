package uz.yagona.identity;

/**
 * Signs what the platform answers to other systems with the key that signs its tokens, so that a receiver
 * checks the answer against the keys published at {@code /oauth2/jwks} and needs no other key.
 */
public interface PlatformSigner {

    /**
     * A JWS in compact serialization over {@code payload}, signed RS256 with the newest platform key; the
     * header names the key ({@code kid}) and carries {@code typ} and {@code cty} as given.
     */
    String signCompact(byte[] payload, String type, String contentType);
}
