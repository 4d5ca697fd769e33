package uz.yagona.payments;

import java.time.LocalDate;
import uz.yagona.shared.Money;

/** An invoice as other modules see it. {@code refunded} is the sum of refunds so far. */
public record Invoice(InvoiceId id, String number, Payer payer, String purpose, Money amount, String reference,
        LocalDate dueDate, InvoiceStatus status, Money refunded) {
}
