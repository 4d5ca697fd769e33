package uz.yagona.payments.web;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import uz.yagona.payments.Invoice;
import uz.yagona.payments.InvoiceId;
import uz.yagona.payments.InvoiceStatus;
import uz.yagona.payments.Payments;
import uz.yagona.payments.internal.SandboxProvider;

/** The sandbox bank's card page: the payer enters a test card number and "pays". */
@Controller
@RequestMapping("/payments/sandbox/{id}")
class SandboxPageController {

    private final Payments payments;
    private final SandboxProvider sandbox;

    SandboxPageController(Payments payments, SandboxProvider sandbox) {
        this.payments = payments;
        this.sandbox = sandbox;
    }

    @GetMapping
    String page(@PathVariable UUID id, @RequestParam(name = "return", defaultValue = "") String back, Model model) {
        model.addAttribute("invoice", invoice(id));
        model.addAttribute("back", local(back));
        return "payments/sandbox";
    }

    @PostMapping
    String pay(@PathVariable UUID id, @RequestParam(defaultValue = "") String card,
            @RequestParam(name = "return", defaultValue = "") String back, Model model) {
        var invoice = invoice(id);
        model.addAttribute("invoice", invoice);
        model.addAttribute("back", local(back));
        if (invoice.status() != InvoiceStatus.ISSUED) {
            return "payments/sandbox";
        }
        var base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        var outcome = sandbox.pay(invoice, card, base);
        model.addAttribute("outcome", outcome.name());
        model.addAttribute("invoice", payments.find(invoice.id()).orElse(invoice));
        return "payments/sandbox";
    }

    /**
     * Where the payer goes back to, as a bank returns to the merchant's page: a path of this site only (never
     * another host, so the page cannot send anyone elsewhere); null when absent or not such a path.
     */
    static String local(String back) {
        boolean path = back.matches("/[A-Za-z0-9/._~%?&=-]{0,300}") && !back.startsWith("//");
        return path ? back : null;
    }

    private Invoice invoice(UUID id) {
        return payments.find(new InvoiceId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "payments.invoice.notFound"));
    }
}
