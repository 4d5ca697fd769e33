package uz.yagona.enforcement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uz.yagona.payments.InvoiceId;
import uz.yagona.payments.InvoiceStatus;
import uz.yagona.payments.NewInvoice;
import uz.yagona.payments.Payer;
import uz.yagona.payments.Payments;
import uz.yagona.shared.Money;

/** What a case still asks of the debtor, and the invoice that lets them pay exactly that online. */
@Component
class Invoices {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    private final JdbcClient jdbc;
    private final Payments payments;
    private final Clock clock;

    Invoices(JdbcClient jdbc, Payments payments, Clock clock) {
        this.jdbc = jdbc;
        this.payments = payments;
        this.clock = clock;
    }

    /** The claim not yet recovered plus the fee not yet paid. */
    Money due(String caseNumber) {
        return Money.ofTiyin(jdbc.sql("select coalesce(amount_tiyin, 0) - recovered_tiyin + fee_tiyin - "
                + "fee_paid_tiyin from enforcement.enforcement_case where number = ?").param(caseNumber)
                .query(Long.class).single());
    }

    /** {@link #reissue} for every open case of the debtor whose invoice no longer asks what is due. */
    void reissueOpen(String debtor) {
        jdbc.sql("select number from enforcement.enforcement_case where coalesce(debtor_pinfl, debtor_stir) = ? "
                        + "and status in ('OPEN', 'SUSPENDED') and amount_tiyin is not null order by number")
                .param(debtor).query(String.class).list().forEach(number -> {
                    var due = due(number);
                    var invoiced = jdbc.sql("select invoice_id from enforcement.enforcement_case where number = ?")
                            .param(number).query((r, n) -> r.getObject(1, UUID.class)).optional()
                            .flatMap(id -> payments.find(new InvoiceId(id)))
                            .filter(i -> i.status() == InvoiceStatus.ISSUED && i.amount().equals(due));
                    if (invoiced.isEmpty()) {
                        reissue(number);
                    }
                });
    }

    private record Current(String debtor, @Nullable UUID invoice) {
    }

    /** Cancels the unpaid invoice of an open case and issues one for what is due now (none when nothing is). */
    void reissue(String caseNumber) {
        var current = jdbc.sql("select coalesce(debtor_pinfl, debtor_stir), invoice_id from "
                        + "enforcement.enforcement_case where number = ? and status in ('OPEN', 'SUSPENDED')")
                .param(caseNumber).query((r, n) -> new Current(r.getString(1), r.getObject(2, UUID.class)))
                .optional();
        if (current.isEmpty()) {
            return;
        }
        var old = current.get().invoice();
        if (old != null && payments.find(new InvoiceId(old)).map(i -> i.status() == InvoiceStatus.ISSUED)
                .orElse(false)) {
            payments.cancel(new InvoiceId(old));
        }
        var due = due(caseNumber);
        if (due.compareTo(Money.ZERO) <= 0) {
            return;
        }
        var invoice = payments.issue(new NewInvoice(new Payer(current.get().debtor()),
                "Ijro ishi " + caseNumber + ": qarz va ijro yigʻimi", due, caseNumber,
                LocalDate.now(clock.withZone(TASHKENT)).plusDays(30)));
        jdbc.sql("update enforcement.enforcement_case set invoice_id = ?, invoice_number = ? where number = ?")
                .params(invoice.id().value(), invoice.number(), caseNumber).update();
    }
}
