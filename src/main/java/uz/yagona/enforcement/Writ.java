package uz.yagona.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.Money;

/**
 * A writ of execution (<i>ijro varaqasi</i>): the court's order to enforce its decision {@code decisionNumber}
 * of {@code decisionDate} against the debtor for the creditor, for {@code amount} or, when not monetary, for
 * {@code obligation}. Numbered {@code IV-<year>-NNNNNNN}; {@code debtorDistrict} is
 * set for an entity debtor (SOATO of its location).
 */
public record Writ(String number, String court, String decisionNumber, LocalDate decisionDate, Party creditor,
        Party debtor, ClaimType claimType, @Nullable Money amount, @Nullable String obligation, Instant issuedAt,
        WritStatus status, @Nullable String signedBy, @Nullable Instant signedAt,
        @Nullable String debtorDistrict) {
}
