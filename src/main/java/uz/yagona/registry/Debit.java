package uz.yagona.registry;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uz.yagona.shared.Money;

/**
 * A debit order executed by a bank (<i>inkasso</i>): money moved from an account to a beneficiary's account, at
 * most once per idempotency key, under a hold or (without one) from what was available.
 */
public record Debit(UUID id, String idempotencyKey, String account, @Nullable UUID holdId, Money amount,
        String beneficiaryAccount, Basis basis, Instant executedAt) {

    public Debit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(beneficiaryAccount, "beneficiaryAccount");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(executedAt, "executedAt");
    }
}
