package uz.yagona.payments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uz.yagona.payments.Invoice;
import uz.yagona.payments.InvoiceId;
import uz.yagona.payments.InvoicePaid;
import uz.yagona.payments.InvoiceStatus;
import uz.yagona.payments.NewInvoice;
import uz.yagona.payments.Payer;
import uz.yagona.payments.PaymentProvider;
import uz.yagona.payments.Payments;
import uz.yagona.payments.ProviderTransaction;
import uz.yagona.payments.Reconciliation;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Money;

/**
 * Invoices in PostgreSQL. A credit is keyed by (provider, transaction id): the insert that loses the race for
 * the key waits for the winner and then finds it, so a callback repeated at once is still credited once.
 */
@Service
class JdbcPayments implements Payments {

    private static final String COLUMNS =
            "id, number, payer, purpose, amount, reference, due_date, status, refunded";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final List<PaymentProvider> providers;
    private final PaymentsSettings settings;

    JdbcPayments(JdbcClient jdbc, ApplicationEventPublisher events, List<PaymentProvider> providers,
            PaymentsSettings settings) {
        this.jdbc = jdbc;
        this.events = events;
        this.providers = providers;
        this.settings = settings;
    }

    @Override
    @Transactional
    public Invoice issue(NewInvoice invoice) {
        var id = InvoiceId.random();
        long sequence = jdbc.sql("select nextval('payments.invoice_number')").query(Long.class).single();
        var number = "%d-%08d".formatted(Year.now(settings.zone()).getValue(), sequence);
        jdbc.sql("""
                insert into payments.invoices (id, number, payer, purpose, amount, reference, due_date, status)
                values (?, ?, ?, ?, ?, ?, ?, 'ISSUED')""")
                .params(id.value(), number, invoice.payer().id(), invoice.purpose(), invoice.amount().tiyin(),
                        invoice.reference(), invoice.dueDate())
                .update();
        return new Invoice(id, number, invoice.payer(), invoice.purpose(), invoice.amount(), invoice.reference(),
                invoice.dueDate(), InvoiceStatus.ISSUED, Money.ZERO);
    }

    @Override
    public Optional<Invoice> find(InvoiceId id) {
        return jdbc.sql("select " + COLUMNS + " from payments.invoices where id = ?").param(id.value())
                .query(JdbcPayments::invoice).optional();
    }

    @Override
    public Optional<Invoice> findByNumber(String number) {
        return jdbc.sql("select " + COLUMNS + " from payments.invoices where number = ?").param(number)
                .query(JdbcPayments::invoice).optional();
    }

    @Override
    @Transactional
    public Invoice cancel(InvoiceId id) {
        var invoice = locked(id);
        if (invoice.status() != InvoiceStatus.ISSUED) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "payments.invoice.notIssued");
        }
        setStatus(id, InvoiceStatus.CANCELLED, invoice.refunded());
        return find(id).orElseThrow();
    }

    @Override
    @Transactional
    public boolean credit(String provider, ProviderTransaction transaction) {
        var invoice = findByNumber(transaction.invoiceNumber()).orElseThrow(() -> new InvalidValueException(
                "payments.invoice.unknown", "no such invoice", transaction.invoiceNumber()));
        if (!transaction.amount().equals(invoice.amount())) {
            throw new InvalidValueException("payments.callback.amount", "amount differs from the invoice",
                    transaction.amount().toSoum(), invoice.amount().toSoum());
        }
        int inserted = jdbc.sql("""
                insert into payments.credits (provider, transaction_id, invoice_id, amount, paid_at)
                values (?, ?, ?, ?, ?) on conflict (provider, transaction_id) do nothing""")
                .params(provider, transaction.transactionId(), invoice.id().value(), transaction.amount().tiyin(),
                        Timestamp.from(transaction.paidAt()))
                .update();
        if (inserted == 0) {
            var creditedTo = jdbc.sql("""
                    select invoice_id from payments.credits where provider = ? and transaction_id = ?""")
                    .params(provider, transaction.transactionId()).query(UUID.class).single();
            if (!creditedTo.equals(invoice.id().value())) {
                throw new InvalidValueException("payments.callback.otherInvoice",
                        "transaction was credited to another invoice", transaction.transactionId());
            }
            return false;
        }
        var current = locked(invoice.id());
        if (current.status() != InvoiceStatus.ISSUED) {
            // a second, different transaction for an invoice already paid or cancelled: the bank must return it
            throw new ResponseStatusException(HttpStatus.CONFLICT, "payments.invoice.notIssued");
        }
        setStatus(invoice.id(), InvoiceStatus.PAID, Money.ZERO);
        events.publishEvent(new InvoicePaid(invoice.id(), invoice.number(), invoice.reference(), invoice.amount(),
                provider, transaction.transactionId(), transaction.paidAt()));
        return true;
    }

    @Override
    @Transactional
    public Invoice refund(InvoiceId id, Money amount) {
        if (amount.isNegative() || amount.isZero()) {
            throw new InvalidValueException("payments.amount.positive", "amount must be positive", amount.toSoum());
        }
        var invoice = locked(id);
        if (invoice.status() != InvoiceStatus.PAID && invoice.status() != InvoiceStatus.PARTIALLY_REFUNDED) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "payments.refund.notPaid");
        }
        var refundable = invoice.amount().minus(invoice.refunded());
        if (amount.compareTo(refundable) > 0) {
            throw new InvalidValueException("payments.refund.tooMuch", "refund exceeds what is left",
                    amount.toSoum(), refundable.toSoum());
        }
        var credit = jdbc.sql("select provider, transaction_id from payments.credits where invoice_id = ?")
                .param(id.value()).query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
        jdbc.sql("insert into payments.refunds (id, invoice_id, amount) values (?, ?, ?)")
                .params(UUID.randomUUID(), id.value(), amount.tiyin()).update();
        var refunded = invoice.refunded().plus(amount);
        setStatus(id, refunded.equals(invoice.amount()) ? InvoiceStatus.REFUNDED : InvoiceStatus.PARTIALLY_REFUNDED,
                refunded);
        provider(credit.get(0)).ifPresent(provider -> provider.refund(credit.get(1), amount));
        return find(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Reconciliation reconcile(String providerName, LocalDate day) {
        var provider = provider(providerName).orElseThrow(() -> new InvalidValueException(
                "payments.provider.unknown", "no such provider", providerName));
        var from = Timestamp.from(day.atStartOfDay(settings.zone()).toInstant());
        var to = Timestamp.from(day.plusDays(1).atStartOfDay(settings.zone()).toInstant());
        var ours = new HashMap<String, Long>();
        jdbc.sql("""
                select transaction_id, amount from payments.credits
                where provider = ? and paid_at >= ? and paid_at < ?""")
                .params(providerName, from, to)
                .query((ResultSet rs) -> {
                    ours.put(rs.getString(1), rs.getLong(2));
                });
        var matched = new ArrayList<String>();
        var missing = new ArrayList<String>();
        var mismatched = new ArrayList<String>();
        for (var theirs : provider.transactions(day)) {
            var amount = ours.remove(theirs.transactionId());
            if (amount == null) {
                missing.add(theirs.transactionId());
            } else if (amount == theirs.amount().tiyin()) {
                matched.add(theirs.transactionId());
            } else {
                mismatched.add(theirs.transactionId());
            }
        }
        missing.addAll(ours.keySet());
        matched.sort(null);
        missing.sort(null);
        mismatched.sort(null);
        return new Reconciliation(providerName, day, matched, missing, mismatched);
    }

    private Optional<PaymentProvider> provider(String name) {
        return providers.stream().filter(provider -> provider.name().equals(name)).findFirst();
    }

    private Invoice locked(InvoiceId id) {
        return jdbc.sql("select " + COLUMNS + " from payments.invoices where id = ? for update").param(id.value())
                .query(JdbcPayments::invoice).optional()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "payments.invoice.notFound"));
    }

    private void setStatus(InvoiceId id, InvoiceStatus status, Money refunded) {
        jdbc.sql("update payments.invoices set status = ?, refunded = ? where id = ?")
                .params(status.name(), refunded.tiyin(), id.value()).update();
    }

    private static Invoice invoice(ResultSet rs, int row) throws SQLException {
        return new Invoice(new InvoiceId(rs.getObject("id", UUID.class)), rs.getString("number"),
                new Payer(rs.getString("payer")), rs.getString("purpose"), Money.ofTiyin(rs.getLong("amount")),
                rs.getString("reference"), rs.getObject("due_date", LocalDate.class),
                InvoiceStatus.valueOf(rs.getString("status")), Money.ofTiyin(rs.getLong("refunded")));
    }
}
