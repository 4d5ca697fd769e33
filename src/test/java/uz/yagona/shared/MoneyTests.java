package uz.yagona.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTests {

    private static final Money AMOUNT = Money.ofTiyin(123_456_789);

    @ParameterizedTest
    @ValueSource(strings = {"1 234 567,89", "1234567.89", "1234567,89", "1\u00A0234\u00A0567,89",
        "1\u202F234\u202F567.89", " 1 234 567,89 "})
    void parsesAmountsAsPeopleWriteThem(String text) {
        assertThat(Money.parse(text)).isEqualTo(AMOUNT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"1234567;123456700", "0;0", "0,5;50", "0.05;5", "-12,30;-1230",
        "92233720368547758.07;9223372036854775807"})
    void parsesWholeAndFractionalSoumsIntoTiyin(String text, long tiyin) {
        assertThat(Money.parse(text).tiyin()).isEqualTo(tiyin);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1,234,567.89", "1.234.567", "12,345", "1 23 456", "1234 567", "1e5",
        "+5", "5.", ",5", "١٢٣"})
    void refusesWhatIsNotAnAmountWithAtMostTwoDecimals(String text) {
        assertThatThrownBy(() -> Money.parse(text))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("money.format");
    }

    @Test
    void refusesAnAmountBeyondTheRangeOfTiyin() {
        assertThatThrownBy(() -> Money.parse("92233720368547758.08"))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("money.overflow");
    }

    @Test
    void addsSubtractsAndMultipliesExactly() {
        var price = Money.parse("0,10");

        assertThat(price.times(3)).isEqualTo(Money.parse("0,30"));
        assertThat(price.plus(Money.ofSoum(2))).isEqualTo(Money.ofTiyin(210));
        assertThat(price.minus(Money.ofSoum(1))).isEqualTo(Money.ofTiyin(-90));
        assertThat(price.minus(Money.ofSoum(1)).isNegative()).isTrue();
        assertThat(price.minus(price).isZero()).isTrue();
    }

    @Test
    void overflowIsAnErrorNotAWrapAround() {
        var max = Money.ofTiyin(Long.MAX_VALUE);

        for (var operation : new Runnable[] {() -> max.plus(Money.ofTiyin(1)),
                () -> Money.ofTiyin(Long.MIN_VALUE).minus(Money.ofTiyin(1)), () -> max.times(2),
                () -> Money.ofSoum(Long.MAX_VALUE / 10), () -> max.percent(new BigDecimal("200"))}) {
            assertThatThrownBy(operation::run)
                    .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("money.overflow");
        }
    }

    @ParameterizedTest
    @CsvSource({"1000, 12, 120", "5, 50, 2", "15, 50, 8", "25, 10, 2", "35, 10, 4", "-5, 50, -2", "100, 0.5, 0"})
    void percentageRoundsHalfToEven(long tiyin, String percentage, long expected) {
        assertThat(Money.ofTiyin(tiyin).percent(new BigDecimal(percentage)).tiyin()).isEqualTo(expected);
    }

    @Test
    void percentageTakesAnExplicitRoundingMode() {
        assertThat(Money.ofTiyin(5).percent(new BigDecimal("50"), RoundingMode.HALF_UP).tiyin()).isEqualTo(3);
        assertThat(Money.ofTiyin(5).percent(new BigDecimal("50"), RoundingMode.DOWN).tiyin()).isEqualTo(2);
    }

    @Test
    void comparesByAmount() {
        assertThat(Money.ofSoum(1)).isLessThan(Money.ofTiyin(101)).isGreaterThan(Money.ZERO);
        assertThat(Money.ofSoum(1).compareTo(Money.ofTiyin(100))).isZero();
    }

    @Test
    void formatsForEachLanguageWithNoBreakSpaces() {
        assertThat(AMOUNT.format(Locale.forLanguageTag("uz-Latn"))).isEqualTo(noBreak("1 234 567,89 soʻm"));
        assertThat(AMOUNT.format(Locale.forLanguageTag("uz"))).isEqualTo(noBreak("1 234 567,89 soʻm"));
        assertThat(AMOUNT.format(Locale.forLanguageTag("uz-Cyrl"))).isEqualTo(noBreak("1 234 567,89 сўм"));
        assertThat(AMOUNT.format(Locale.forLanguageTag("ru"))).isEqualTo(noBreak("1 234 567,89 сум"));
        assertThat(AMOUNT.format(Locale.ENGLISH)).isEqualTo(noBreak("UZS 1,234,567.89"));
        assertThat(AMOUNT.format(Locale.GERMAN)).isEqualTo(noBreak("UZS 1,234,567.89"));
    }

    @Test
    void formatsSmallAndNegativeAmountsWithTwoDecimals() {
        assertThat(Money.ofTiyin(5).format(Locale.ENGLISH)).isEqualTo("UZS\u00A00.05");
        assertThat(Money.ofTiyin(-123_456).format(Locale.forLanguageTag("ru")))
                .isEqualTo("-1\u00A0234,56\u00A0сум");
    }

    @Test
    void formattedAmountsParseBackToTheSameAmount() {
        var uz = AMOUNT.format(Locale.forLanguageTag("uz"));
        assertThat(Money.parse(uz.substring(0, uz.lastIndexOf('\u00A0')))).isEqualTo(AMOUNT);
    }

    @Test
    void soumsForApisHaveTwoDecimals() {
        assertThat(Money.ofSoum(7).toSoum()).isEqualByComparingTo("7").hasToString("7.00");
        assertThat(AMOUNT).hasToString("1234567.89 UZS");
    }

    private static String noBreak(String text) {
        return text.replace(' ', '\u00A0');
    }
}
