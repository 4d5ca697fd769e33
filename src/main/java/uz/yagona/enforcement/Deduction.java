package uz.yagona.enforcement;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import uz.yagona.shared.Money;

/**
 * What an employer withheld from the debtor's salary for {@code period} under a deduction order and reported
 * with its payroll reference: money received ({@code receipt}), distributed over the debtor's open cases.
 */
public record Deduction(UUID id, UUID order, YearMonth period, Money amount, String payrollReference, UUID receipt,
        String reportedBy, Instant reportedAt) {
}
