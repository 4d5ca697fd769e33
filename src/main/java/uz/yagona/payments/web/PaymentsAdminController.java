package uz.yagona.payments.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uz.yagona.payments.Invoice;
import uz.yagona.payments.InvoiceId;
import uz.yagona.payments.Payments;
import uz.yagona.payments.Reconciliation;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Money;

/** Administrators' payments API (role ADMIN): an invoice, its refunds, the daily reconciliation. */
@RestController
@RequestMapping("/api/v1/admin/payments")
class PaymentsAdminController {

    private final Payments payments;

    PaymentsAdminController(Payments payments) {
        this.payments = payments;
    }

    /** An invoice as the API shows it; amounts in soʻm with two decimals. */
    record InvoiceJson(UUID id, String number, String payer, String purpose, BigDecimal amount, String reference,
            LocalDate dueDate, String status, BigDecimal refunded) {

        static InvoiceJson of(Invoice invoice) {
            return new InvoiceJson(invoice.id().value(), invoice.number(), invoice.payer().id(), invoice.purpose(),
                    invoice.amount().toSoum(), invoice.reference(), invoice.dueDate(), invoice.status().name(),
                    invoice.refunded().toSoum());
        }
    }

    /** A refund: {@code amount} in soʻm as people write it, "1500" or "1 500,50". */
    record RefundJson(@Nullable String amount) {
    }

    @GetMapping("/invoices/{id}")
    InvoiceJson invoice(@PathVariable UUID id) {
        return InvoiceJson.of(payments.find(new InvoiceId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "payments.invoice.notFound")));
    }

    @PostMapping("/invoices/{id}/refunds")
    InvoiceJson refund(@PathVariable UUID id, @RequestBody RefundJson refund) {
        if (refund.amount() == null) {
            throw new InvalidValueException("payments.amount.positive", "amount is required");
        }
        return InvoiceJson.of(payments.refund(new InvoiceId(id), Money.parse(refund.amount())));
    }

    @GetMapping("/reconciliation")
    Reconciliation reconciliation(@RequestParam(defaultValue = "sandbox") String provider,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return payments.reconcile(provider, day);
    }
}
