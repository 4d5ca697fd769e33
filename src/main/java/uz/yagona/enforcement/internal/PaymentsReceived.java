package uz.yagona.enforcement.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uz.yagona.payments.InvoicePaid;

/**
 * An invoice of a case paid online: the money is distributed over the debtor's open cases. The invoice's id is
 * the receipt's reference, so an event delivered twice counts the money once.
 */
@Component
class PaymentsReceived {

    private final JdbcClient jdbc;
    private final Distribution distribution;
    private final Invoices invoices;

    PaymentsReceived(JdbcClient jdbc, Distribution distribution, Invoices invoices) {
        this.jdbc = jdbc;
        this.distribution = distribution;
        this.invoices = invoices;
    }

    @ApplicationModuleListener
    void on(InvoicePaid paid) {
        jdbc.sql("select coalesce(debtor_pinfl, debtor_stir) from enforcement.enforcement_case where number = ?")
                .param(paid.reference()).query(String.class).optional()
                .ifPresent(debtor -> {
                    distribution.receive(debtor, "ONLINE", "invoice:" + paid.invoice().value(), paid.amount());
                    // the money may have gone to other cases of the debtor: each open case gets an invoice of its due
                    invoices.reissueOpen(debtor);
                });
    }
}
