package uz.yagona.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * An amount of Uzbek soʻm (UZS) held as a whole number of <i>tiyin</i>: 1 soʻm = 100 tiyin, so 1 234 567,89
 * soʻm is {@code 123456789} tiyin. Whole tiyin in a {@code long} keep every sum exact; no floating point is
 * used anywhere, and an operation whose result does not fit fails with {@code money.overflow} instead of
 * wrapping around. Amounts may be negative (a refund, a difference): whether a negative amount is allowed is
 * the caller's rule.
 */
public record Money(long tiyin) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    private static final BigDecimal TIYIN_PER_SOUM = BigDecimal.valueOf(100);
    private static final BigDecimal HUNDRED_PERCENT = BigDecimal.valueOf(100);
    // digits, optionally grouped by thousands with a space (plain, no-break or narrow no-break), then ',' or '.'
    // and at most two decimals; comma grouping is refused because "1,234" would be ambiguous
    private static final Pattern AMOUNT =
            Pattern.compile("-?(?:[0-9]+|[0-9]{1,3}(?:[ \u00A0\u202F][0-9]{3})+)(?:[.,][0-9]{1,2})?");
    private static final char NO_BREAK_SPACE = '\u00A0';

    public static Money ofTiyin(long tiyin) {
        return new Money(tiyin);
    }

    public static Money ofSoum(long soum) {
        return new Money(exact(() -> Math.multiplyExact(soum, 100)));
    }

    /**
     * Reads an amount in soʻm as people write it: {@code "1 234 567,89"}, {@code "1234567.89"}, {@code "1234567"}.
     * More than two decimals would be a fraction of a tiyin and is refused.
     */
    public static Money parse(String text) {
        var trimmed = text.strip();
        if (!AMOUNT.matcher(trimmed).matches()) {
            throw new InvalidValueException("money.format", "not an amount in soʻm with at most 2 decimals", text);
        }
        var plain = trimmed.replaceAll("[ \u00A0\u202F]", "").replace(',', '.');
        var tiyin = new BigDecimal(plain).multiply(TIYIN_PER_SOUM);
        try {
            return new Money(tiyin.longValueExact());
        } catch (ArithmeticException e) {
            throw new InvalidValueException("money.overflow", "amount too large", text);
        }
    }

    public Money plus(Money other) {
        return new Money(exact(() -> Math.addExact(tiyin, other.tiyin)));
    }

    public Money minus(Money other) {
        return new Money(exact(() -> Math.subtractExact(tiyin, other.tiyin)));
    }

    public Money times(long factor) {
        return new Money(exact(() -> Math.multiplyExact(tiyin, factor)));
    }

    /** The given percentage of this amount, e.g. {@code percent(new BigDecimal("12"))} for 12 % VAT. */
    public Money percent(BigDecimal percentage, RoundingMode rounding) {
        var result = BigDecimal.valueOf(tiyin).multiply(percentage).divide(HUNDRED_PERCENT, 0, rounding);
        try {
            return new Money(result.longValueExact());
        } catch (ArithmeticException e) {
            throw new InvalidValueException("money.overflow", "amount too large");
        }
    }

    /** A percentage rounded half-to-even (banker's rounding), so that rounding errors do not pile up one way. */
    public Money percent(BigDecimal percentage) {
        return percent(percentage, RoundingMode.HALF_EVEN);
    }

    public boolean isNegative() {
        return tiyin < 0;
    }

    public boolean isZero() {
        return tiyin == 0;
    }

    /** The amount in soʻm with exactly two decimals, for APIs and files: {@code 1234567.89}. */
    public BigDecimal toSoum() {
        return BigDecimal.valueOf(tiyin, 2);
    }

    /**
     * The amount as people of that language read it: {@code 1 234 567,89 soʻm} (Uzbek Latin),
     * {@code 1 234 567,89 сўм} (Uzbek Cyrillic), {@code 1 234 567,89 сум} (Russian), {@code UZS 1,234,567.89}
     * (anything else). Thousands are grouped with a no-break space so an amount never breaks across lines.
     * The patterns are written here rather than taken from CLDR so that an amount on a document or a
     * receipt looks the same after any JDK or ICU upgrade.
     */
    public String format(Locale locale) {
        return switch (locale.getLanguage()) {
            case "uz" -> grouped(' ', ',') + NO_BREAK_SPACE + ("Cyrl".equals(locale.getScript()) ? "сўм" : "soʻm");
            case "ru" -> grouped(' ', ',') + NO_BREAK_SPACE + "сум";
            default -> "UZS" + NO_BREAK_SPACE + grouped(',', '.');
        };
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(tiyin, other.tiyin);
    }

    @Override
    public String toString() {
        return toSoum().toPlainString() + " UZS";
    }

    private String grouped(char grouping, char decimal) {
        var symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(grouping == ' ' ? NO_BREAK_SPACE : grouping);
        symbols.setDecimalSeparator(decimal);
        symbols.setMinusSign('-');
        return new DecimalFormat("#,##0.00", symbols).format(toSoum());
    }

    private static long exact(LongSupplier operation) {
        try {
            return operation.getAsLong();
        } catch (ArithmeticException e) {
            throw new InvalidValueException("money.overflow", "amount too large");
        }
    }
}
