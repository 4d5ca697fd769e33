package uz.yagona.payments;

/** Where an invoice is: issued, paid, then refunded in part or in full; or cancelled before payment. */
public enum InvoiceStatus {
    ISSUED, PAID, PARTIALLY_REFUNDED, REFUNDED, CANCELLED
}
