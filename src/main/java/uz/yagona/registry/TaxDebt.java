package uz.yagona.registry;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import uz.yagona.shared.InvalidValueException;

import uz.yagona.shared.Money;

/**
 * An unpaid tax (arrears, <i>soliq qarzi</i>) of a taxpayer: the kind of tax (e.g. {@code property},
 * {@code land}, {@code income}), the amount owed and since when.
 */
public record TaxDebt(UUID id, String kind, Money amount, LocalDate since) {

    public TaxDebt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(since, "since");
        if (kind == null || kind.isBlank()) {
            throw new InvalidValueException("tax.debt.kind", "the kind of tax is required");
        }
        if (amount.isNegative() || amount.isZero()) {
            throw new InvalidValueException("tax.debt.amount", "a debt is a positive amount");
        }
    }
}
