package uz.yagona.payments;

import java.time.LocalDate;
import java.util.Optional;
import uz.yagona.shared.Money;

/** The payments module's API: invoices, credits from providers, refunds, reconciliation. */
public interface Payments {

    Invoice issue(NewInvoice invoice);

    Optional<Invoice> find(InvoiceId id);

    Optional<Invoice> findByNumber(String number);

    /** Cancels an invoice that is not paid. */
    Invoice cancel(InvoiceId id);

    /**
     * Credits a provider's transaction to its invoice, once: the same transaction again changes nothing and
     * answers {@code false}. An amount other than the invoice's is refused and nothing changes.
     */
    boolean credit(String provider, ProviderTransaction transaction);

    /** Returns part or all of what was paid; never more than paid less refunded. */
    Invoice refund(InvoiceId id, Money amount);

    /** The provider's transactions of the day against the payments credited here. */
    Reconciliation reconcile(String provider, LocalDate day);
}
