package uz.yagona.payments;

import java.time.LocalDate;
import java.util.List;
import uz.yagona.shared.Money;

/** A bank or payment system that takes payments for invoices and reports them back. */
public interface PaymentProvider {

    /** The provider's name, as in the callback path {@code /api/v1/payments/callbacks/{name}}. */
    String name();

    /** Where the payer is sent to pay the invoice. */
    String paymentPage(InvoiceId invoice);

    /** Returns money of a transaction to the payer. */
    void refund(String transactionId, Money amount);

    /** The provider's own list of the transactions of a day (Tashkent time), for reconciliation. */
    List<ProviderTransaction> transactions(LocalDate day);
}
