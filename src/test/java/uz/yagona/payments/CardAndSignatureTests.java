package uz.yagona.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uz.yagona.payments.internal.CallbackSignatures;
import uz.yagona.payments.internal.Luhn;
import uz.yagona.payments.internal.SandboxProvider;

/** The Luhn check of card numbers and the HMAC of callbacks, without the application. */
class CardAndSignatureTests {

    @Test
    void theLuhnCheckAcceptsTheTestCardsAndRefusesATypo() {
        assertThat(Luhn.valid("4242424242424242")).isTrue();
        assertThat(Luhn.valid(SandboxProvider.DECLINED_CARD)).isTrue();
        assertThat(Luhn.valid("4242424242424241")).isFalse();
        assertThat(Luhn.valid("4242 4242")).isFalse();
        assertThat(Luhn.valid("")).isFalse();
    }

    @Test
    void aSignatureHoldsOnlyForTheSameBodyAndSecret() {
        var body = "{\"amountTiyin\":100}".getBytes(StandardCharsets.UTF_8);
        var signatures = new CallbackSignatures("a-secret-of-the-test-1234");
        var signature = signatures.sign(body);

        // RFC 4231-style known answer is not needed: the JDK's HmacSHA256 is the reference; we test our use of it
        assertThat(signature).hasSize(64);
        assertThat(signatures.verify(body, signature)).isTrue();
        assertThat(signatures.verify(body, signature.toUpperCase())).isTrue();
        assertThat(signatures.verify("{\"amountTiyin\":101}".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
        assertThat(new CallbackSignatures("another-secret-of-the-test").verify(body, signature)).isFalse();
        assertThat(signatures.verify(body, "")).isFalse();
    }
}
