package uz.yagona.payments;

import java.time.LocalDate;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Money;

/** What a module asks to be paid: by whom, for what, how much, for which application or case, by when. */
public record NewInvoice(Payer payer, String purpose, Money amount, String reference, LocalDate dueDate) {

    public NewInvoice {
        if (purpose.isBlank() || purpose.length() > 500) {
            throw new InvalidValueException("payments.purpose.required", "purpose is required (at most 500)");
        }
        if (reference.isBlank() || reference.length() > 100) {
            throw new InvalidValueException("payments.reference.required", "reference is required (at most 100)");
        }
        if (amount.isNegative() || amount.isZero()) {
            throw new InvalidValueException("payments.amount.positive", "amount must be positive", amount);
        }
    }
}
