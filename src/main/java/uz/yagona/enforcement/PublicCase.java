package uz.yagona.enforcement;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.Money;

/**
 * What the public debtor search shows of an open case: no PINFL, address or account. {@code amountDue} is what is
 * still to recover (null for a non-monetary claim), {@code agency} the department holding the case
 * ({@code MBB.<region>.<district>}), {@code officer} the identity officer id of its officer, if assigned.
 */
public record PublicCase(String caseNumber, String debtorName, ClaimType claimType, @Nullable Money amountDue,
        String agency, @Nullable UUID officer) {
}
