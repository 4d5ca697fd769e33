package uz.yagona.enforcement;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uz.yagona.shared.Money;
import uz.yagona.shared.Stir;

/**
 * Deduction orders as employers see them: placed by {@link EnforcementMeasures#apply}, lifted when their case
 * closes, and the monthly deductions the employer reports under them.
 */
public interface DeductionOrders {

    /** The orders addressed to these employers, newest first. */
    List<DeductionOrder> ofEmployers(Collection<Stir> employers);

    Optional<DeductionOrder> find(UUID id);

    /** The orders of a case, oldest first. */
    List<DeductionOrder> ofCase(String caseNumber);

    /** The deductions reported under an order, by period. */
    List<Deduction> deductions(UUID order);

    /**
     * Records what the employer withheld for {@code period} and distributes it over the debtor's open cases as
     * money received. Reported twice (same period, or same payroll reference) it counts once and answers the first
     * report ({@link Reported#created} false). Refused, with nothing changed, when the order is lifted, the period
     * is in the future, or the amount is more than the case still asks or more than the order's share of the
     * salary the exchange knows (less what was reported for that month under the debtor's other orders there).
     *
     * @param reportedBy who reports (a person's PINFL)
     */
    Reported report(UUID order, YearMonth period, Money amount, String payrollReference, String reportedBy);

    /** A report, and whether this call recorded it (false: it had been recorded before). */
    record Reported(Deduction deduction, boolean created) {
    }
}
