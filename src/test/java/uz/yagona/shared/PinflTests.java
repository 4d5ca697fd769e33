package uz.yagona.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PinflTests {

    // 3 150690 026 001 check: 3*7+1*3+5*1+0*7+6*3+9*1+0*7+0*3+2*1+6*7+0*3+0*1+1*7 = 107 -> 7
    static final String VALID = "31506900260017";

    @Test
    void acceptsAWellFormedNumberAndReadsItsFacts() {
        var pinfl = new Pinfl(VALID);

        assertThat(pinfl.value()).isEqualTo(VALID);
        assertThat(pinfl.birthDate()).isEqualTo(LocalDate.of(1990, 6, 15));
        assertThat(pinfl.sex()).isEqualTo(Sex.MALE);
        assertThat(pinfl).hasToString(VALID);
    }

    @Test
    void evenFirstDigitIsAWomanAndFiveOrSixIsTheTwentyFirstCentury() {
        var pinfl = Pinfl.of(LocalDate.of(2004, 2, 29), Sex.FEMALE, 45, 7);

        assertThat(pinfl.value()).startsWith("6290204045007");
        assertThat(pinfl.sex()).isEqualTo(Sex.FEMALE);
        assertThat(pinfl.birthDate()).isEqualTo(LocalDate.of(2004, 2, 29));
    }

    @Test
    void factoryRoundTripsEveryCombinationOfSexAndCentury() {
        for (var sex : Sex.values()) {
            for (var date : new LocalDate[] {LocalDate.of(1900, 1, 1), LocalDate.of(1999, 12, 31),
                    LocalDate.of(2000, 1, 1), LocalDate.of(2020, 7, 4)}) {
                var pinfl = Pinfl.of(date, sex, 999, 999);
                assertThat(new Pinfl(pinfl.value())).isEqualTo(pinfl);
                assertThat(pinfl.birthDate()).isEqualTo(date);
                assertThat(pinfl.sex()).isEqualTo(sex);
            }
        }
    }

    @Test
    void parseIgnoresTheSpacesPeopleTypeBetweenGroups() {
        assertThat(Pinfl.parse(" 3 150690 026 0017 ")).isEqualTo(new Pinfl(VALID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3150690026001", "315069002600170", "3150690026001a", "３１５０６９００２６００１７"})
    void anythingButFourteenAsciiDigitsBreaksTheFormatRule(String value) {
        assertBroken(value, "pinfl.format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "2", "7", "8", "9"})
    void firstDigitOutsideThreeToSixBreaksTheCenturyRule(String first) {
        assertBroken(first + VALID.substring(1), "pinfl.century");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3320690026001", "3001690026001", "3151390026001", "3150090026001", "3290201026001"})
    void digitsTwoToSevenThatAreNoCalendarDateBreakTheBirthDateRule(String first13) {
        // 32.06, 00.16, 15.13, 15.00, 29.02.2001
        assertBroken(withCheckDigit(first13), "pinfl.birthDate");
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        var tomorrow = LocalDate.now(Pinfl.UZBEKISTAN).plusDays(1);
        var first13 = "5%02d%02d%02d026001".formatted(tomorrow.getDayOfMonth(), tomorrow.getMonthValue(),
                tomorrow.getYear() % 100);

        assertBroken(withCheckDigit(first13), "pinfl.birthDateInFuture");
    }

    @Test
    void areaCodeZeroIsRefused() {
        assertBroken(withCheckDigit("3150690000001"), "pinfl.area");
    }

    @Test
    void serialNumberZeroIsRefused() {
        assertBroken(withCheckDigit("3150690026000"), "pinfl.serial");
    }

    @Test
    void everyWrongCheckDigitIsRefused() {
        for (var digit = 0; digit <= 9; digit++) {
            if (digit != 7) {
                assertBroken(VALID.substring(0, 13) + digit, "pinfl.checkDigit");
            }
        }
    }

    @Test
    void swappingTwoNeighbouringDigitsIsCaughtByTheCheckDigit() {
        // 026 -> 062 changes the weighted sum from 2*1+6*7 = 44 to 6*1+2*7 = 20, so the check digit no longer fits
        assertBroken("31506900620017", "pinfl.checkDigit");
    }

    @Test
    void maskedFormHidesSexAndBirthDate() {
        assertThat(new Pinfl(VALID).masked()).isEqualTo("**********0017");
    }

    @Test
    void factoryRefusesWhatCannotBeEncoded() {
        assertThatThrownBy(() -> Pinfl.of(LocalDate.of(1899, 12, 31), Sex.MALE, 1, 1))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("pinfl.century");
        assertThatThrownBy(() -> Pinfl.of(LocalDate.of(1990, 1, 1), Sex.MALE, 0, 1))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("pinfl.area");
        assertThatThrownBy(() -> Pinfl.of(LocalDate.of(1990, 1, 1), Sex.MALE, 1, 1000))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("pinfl.serial");
    }

    static String withCheckDigit(String first13) {
        int[] weights = {7, 3, 1};
        var sum = 0;
        for (var i = 0; i < 13; i++) {
            sum += (first13.charAt(i) - '0') * weights[i % 3];
        }
        return first13 + sum % 10;
    }

    private static void assertBroken(String value, String rule) {
        assertThatThrownBy(() -> new Pinfl(value))
                .isInstanceOf(InvalidValueException.class)
                .extracting("rule").isEqualTo(rule);
    }
}
