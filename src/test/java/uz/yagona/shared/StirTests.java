package uz.yagona.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StirTests {

    @ParameterizedTest
    @ValueSource(strings = {"200000001", "301234567", "399999999"})
    void firstDigitTwoOrThreeIsALegalEntity(String value) {
        assertThat(new Stir(value).kind()).isEqualTo(Stir.Kind.LEGAL_ENTITY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"400000001", "512345678", "612345678", "799999999"})
    void firstDigitFourToSevenIsAnIndividual(String value) {
        assertThat(new Stir(value).kind()).isEqualTo(Stir.Kind.INDIVIDUAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "30123456", "3012345678", "30123456x", "301 234 567"})
    void anythingButNineDigitsBreaksTheFormatRule(String value) {
        assertThatThrownBy(() -> new Stir(value))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("stir.format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"012345678", "112345678", "812345678", "912345678"})
    void firstDigitOutsideTwoToSevenBreaksTheRangeRule(String value) {
        assertThatThrownBy(() -> new Stir(value))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("stir.range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"301 234 567", " 301234567 "})
    void parseIgnoresSpaces(String text) {
        assertThat(Stir.parse(text)).isEqualTo(new Stir("301234567")).hasToString("301234567");
    }
}
