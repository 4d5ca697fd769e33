package uz.yagona.payments;

import java.time.LocalDate;
import java.util.List;

/**
 * The daily comparison of a provider's transactions with the payments credited here: {@code matched} on both
 * sides with the same amount, {@code missing} on one side only, {@code mismatched} on both with other amounts.
 */
public record Reconciliation(String provider, LocalDate day, List<String> matched, List<String> missing,
        List<String> mismatched) {
}
