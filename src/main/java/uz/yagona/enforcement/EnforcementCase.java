package uz.yagona.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.Money;

/**
 * An enforcement case (<i>ijro ishi</i>) opened by a signed writ, numbered {@code IJ-<year>-NNNNNNN}, held by the
 * department {@code agency} and assigned to {@code officer} (an identity officer id; null while nobody could be
 * assigned). {@code amount} is what the writ orders paid (null when non-monetary), {@code recovered} what came in.
 * {@code handler} says whether the robot enforcer or the officer works it; {@code closeReason} how it ended.
 */
public record EnforcementCase(String number, String writNumber, Party debtor, String agency,
        @Nullable UUID officer, ClaimType claimType, @Nullable Money amount, Money recovered, CaseStatus status,
        LocalDate voluntaryUntil, @Nullable String invoiceNumber, Instant openedAt, @Nullable Instant closedAt,
        CaseHandler handler, @Nullable CloseReason closeReason) {
}
