package uz.yagona.enforcement.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import uz.yagona.shared.Money;

/**
 * A legal amount in force from {@code from} until the next one: the base calculation value (BCV, <i>bazaviy
 * hisoblash miqdori</i>) and the minimum wage change by decree, so a rule asks for the value on a day.
 *
 * @param source the act that set it, to show with the rule's inputs
 */
public record DatedValue(LocalDate from, long soum, String source) {

    public Money amount() {
        return Money.ofSoum(soum);
    }

    /** The value in force on {@code day}: the latest that started on or before it. */
    static DatedValue on(List<DatedValue> values, LocalDate day) {
        return values.stream().filter(v -> !v.from().isAfter(day)).max(Comparator.comparing(DatedValue::from))
                .orElseThrow(() -> new IllegalStateException("No legal value in force on " + day));
    }
}
