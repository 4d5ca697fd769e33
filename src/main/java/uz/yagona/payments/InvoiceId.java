package uz.yagona.payments;

import java.util.UUID;

/** Identifies an invoice. */
public record InvoiceId(UUID value) {

    public static InvoiceId random() {
        return new InvoiceId(UUID.randomUUID());
    }
}
