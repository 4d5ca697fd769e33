package uz.yagona.enforcement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.Money;

/**
 * What court staff fill in: the decision, the parties, the claim, and the amount (monetary claims) or the
 * obligation's text (non-monetary). {@code debtorDistrict} (SOATO, 7 digits) is the district where an entity is
 * located, which decides the enforcement department; for a person it comes from the registered address.
 */
public record NewWrit(String decisionNumber, LocalDate decisionDate, Party creditor, Party debtor,
        ClaimType claimType, @Nullable Money amount, @Nullable String obligation, @Nullable String debtorDistrict) {
}
