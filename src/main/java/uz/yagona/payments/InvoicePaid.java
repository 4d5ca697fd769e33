package uz.yagona.payments;

import java.time.Instant;
import uz.yagona.shared.Money;

/** An invoice was paid in full: the application or case named by {@code reference} may go on. */
public record InvoicePaid(InvoiceId invoice, String number, String reference, Money amount, String provider,
        String transactionId, Instant paidAt) {
}
