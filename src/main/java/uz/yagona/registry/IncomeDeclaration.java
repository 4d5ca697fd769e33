package uz.yagona.registry;

import java.util.Objects;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Money;

/** A taxpayer's declared income for a calendar year and the tax paid on it. */
public record IncomeDeclaration(int year, Money income, Money taxPaid) {

    public IncomeDeclaration {
        Objects.requireNonNull(income, "income");
        Objects.requireNonNull(taxPaid, "taxPaid");
        if (year < 1991 || year > 2200) {
            throw new InvalidValueException("tax.declaration.year", "not a tax year", year);
        }
        if (income.isNegative() || taxPaid.isNegative()) {
            throw new InvalidValueException("tax.negative-amount", "an amount cannot be negative");
        }
    }
}
