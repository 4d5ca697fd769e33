package uz.yagona.enforcement;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A debtor's appeal (<i>shikoyat</i>) against an entry of the case file ({@code entry}) or an automated decision
 * ({@code decision}), decided by the head of the department: {@code status} PENDING, UPHELD (the contested measure
 * lifted) or REJECTED, with the head's {@code answer}.
 */
public record Appeal(UUID id, String caseNumber, @Nullable UUID entry, @Nullable UUID decision, String text,
        String status, Instant filedAt, @Nullable UUID decidedBy, @Nullable String answer,
        @Nullable Instant decidedAt) {
}
