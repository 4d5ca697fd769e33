package uz.yagona.payments;

import java.time.Instant;
import uz.yagona.shared.Money;

/** A payment as a provider reports it: its own transaction id, the invoice number paid, the amount. */
public record ProviderTransaction(String transactionId, String invoiceNumber, Money amount, Instant paidAt) {
}
