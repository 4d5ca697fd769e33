package uz.yagona.identity;

/**
 * Signs what the platform answers to other systems with a key published at {@code /oauth2/jwks} beside the
 * token key, so that a receiver checks the answer against that one key set.
 */
public interface PlatformSigner {

    /**
     * A JWS in compact serialization over {@code payload}, signed ES256 (P-256) with the newest answer key;
     * the header names the key ({@code kid}) and carries {@code typ} and {@code cty} as given.
     */
    String signCompact(byte[] payload, String type, String contentType);
}
