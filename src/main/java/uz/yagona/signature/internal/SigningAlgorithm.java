package uz.yagona.signature.internal;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A signature algorithm with its key generation. A national provider (O'z DSt 1092 signatures with O'z DSt
 * 1106 hashing) becomes a third implementation backed by its own JCA provider, named in {@link #named(String)}
 * and {@link #forKey}; certificates, CMS and CRLs take their signer from here and need no other change.
 */
public interface SigningAlgorithm {

    /** The JCA key algorithm name this handles: {@code EC}, {@code RSA}. */
    String keyAlgorithm();

    KeyPair generateKeyPair();

    /** A signer for CMS, certificates and CRLs with the key's matching digest. */
    ContentSigner signer(PrivateKey key);

    static SigningAlgorithm named(String keyAlgorithm) {
        return switch (keyAlgorithm) {
            case "EC" -> new EcdsaP256();
            case "RSA" -> new Rsa();
            default -> throw new IllegalArgumentException("No signing algorithm for key algorithm " + keyAlgorithm);
        };
    }

    static SigningAlgorithm forKey(PublicKey key) {
        return named(key.getAlgorithm().equals("ECDSA") ? "EC" : key.getAlgorithm());
    }

    /** ECDSA on NIST P-256 with SHA-256: what most national PKIs and OpenSSL use by default today. */
    record EcdsaP256() implements SigningAlgorithm {
        @Override
        public String keyAlgorithm() {
            return "EC";
        }

        @Override
        public KeyPair generateKeyPair() {
            try {
                var generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"));
                return generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("The JDK lacks P-256", e);
            }
        }

        @Override
        public ContentSigner signer(PrivateKey key) {
            return build("SHA256withECDSA", key);
        }
    }

    /** RSA 3072 with PKCS#1 v1.5 and SHA-256, for relying parties that cannot do ECDSA. */
    record Rsa() implements SigningAlgorithm {
        @Override
        public String keyAlgorithm() {
            return "RSA";
        }

        @Override
        public KeyPair generateKeyPair() {
            try {
                var generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(3072);
                return generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("The JDK lacks RSA", e);
            }
        }

        @Override
        public ContentSigner signer(PrivateKey key) {
            return build("SHA256withRSA", key);
        }
    }

    private static ContentSigner build(String algorithm, PrivateKey key) {
        try {
            return new JcaContentSignerBuilder(algorithm).build(key);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("Cannot sign with " + algorithm, e);
        }
    }
}
