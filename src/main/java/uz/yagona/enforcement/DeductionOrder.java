package uz.yagona.enforcement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

/**
 * An order to an employer to withhold {@code sharePercent} of the debtor's monthly salary and pay it to the bureau
 * (<i>ish haqidan ushlab qolish toʻgʻrisidagi qaror</i>), placed in case {@code caseNumber} when the exchange shows
 * a current job. {@code shareSource} is the law the share comes from; {@code remaining} is what the case still
 * asks (claim and fee); {@code status} ACTIVE until the case closes, then LIFTED.
 */
public record DeductionOrder(UUID id, String caseNumber, Pinfl debtor, String debtorName, Stir employer,
        String employerName, String position, ClaimType claimType, Money monthlySalary, BigDecimal sharePercent,
        String shareSource, Money remaining, String status, Instant placedAt, @Nullable Instant liftedAt) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    /** The most the employer may withhold from one month's salary under this order. */
    public Money monthlyLimit() {
        return monthlySalary.percent(sharePercent, RoundingMode.DOWN);
    }
}
