package uz.yagona.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uz.yagona.signature.internal.PinProtectedKeys;
import uz.yagona.signature.internal.PinProtectedKeys.WrongPinException;
import uz.yagona.signature.internal.SigningAlgorithm;

class PinProtectedKeysTests {

    private static final int ITERATIONS = 1_000;

    @Test
    void theRightPinOpensTheSealedKey() throws Exception {
        var keys = new SigningAlgorithm.EcdsaP256().generateKeyPair();
        var sealed = PinProtectedKeys.seal(keys.getPrivate(), "482913".toCharArray(), "0A1B", ITERATIONS);

        assertThat(PinProtectedKeys.open(sealed, "482913".toCharArray(), "0A1B", "EC")).isEqualTo(keys.getPrivate());
        assertThat(new String(sealed.ciphertext(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(keys.getPrivate().getEncoded(), java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void aWrongPinOpensNothing() {
        var keys = new SigningAlgorithm.EcdsaP256().generateKeyPair();
        var sealed = PinProtectedKeys.seal(keys.getPrivate(), "482913".toCharArray(), "0A1B", ITERATIONS);

        assertThatThrownBy(() -> PinProtectedKeys.open(sealed, "482914".toCharArray(), "0A1B", "EC"))
                .isInstanceOf(WrongPinException.class);
    }

    @Test
    void aSealedKeyMovedToAnotherCertificateDoesNotOpen() {
        var keys = new SigningAlgorithm.Rsa().generateKeyPair();
        var sealed = PinProtectedKeys.seal(keys.getPrivate(), "482913".toCharArray(), "0A1B", ITERATIONS);

        assertThatThrownBy(() -> PinProtectedKeys.open(sealed, "482913".toCharArray(), "0A1C", "RSA"))
                .isInstanceOf(WrongPinException.class);
    }

    @Test
    void twoSealsOfOneKeyUnderOnePinDiffer() {
        var keys = new SigningAlgorithm.EcdsaP256().generateKeyPair();
        var first = PinProtectedKeys.seal(keys.getPrivate(), "482913".toCharArray(), "0A1B", ITERATIONS);
        var second = PinProtectedKeys.seal(keys.getPrivate(), "482913".toCharArray(), "0A1B", ITERATIONS);

        assertThat(first.salt()).isNotEqualTo(second.salt());
        assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
    }
}
