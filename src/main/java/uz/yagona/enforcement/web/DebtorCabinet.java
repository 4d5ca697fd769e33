package uz.yagona.enforcement.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.enforcement.AutomatedDecision;
import uz.yagona.enforcement.CaseEntry;
import uz.yagona.enforcement.EnforcementCase;
import uz.yagona.enforcement.EnforcementCases;
import uz.yagona.enforcement.EnforcementMeasures;
import uz.yagona.payments.Payments;
import uz.yagona.shared.Pinfl;

/**
 * The debtor's cabinet: my enforcement cases with what is owed and recovered, the voluntary period, the link to
 * pay, the automated decisions about the case in my language, and every measure taken.
 */
@Controller
class DebtorCabinet {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EnforcementCases cases;
    private final EnforcementMeasures measures;
    private final Payments payments;
    private final MessageSource messages;

    DebtorCabinet(EnforcementCases cases, EnforcementMeasures measures, Payments payments, MessageSource messages) {
        this.cases = cases;
        this.measures = measures;
        this.payments = payments;
        this.messages = messages;
    }

    /** One case as the page shows it. */
    record Row(EnforcementCase c, @Nullable String amount, String recovered, @Nullable String payUrl,
            List<String> decisions, List<CaseEntry> file) {
    }

    @GetMapping("/cabinet/enforcement")
    String page(Principal principal, Model model, Locale locale) {
        var rows = cases.ofDebtor(new Pinfl(principal.getName())).stream().map(c -> new Row(c,
                c.amount() == null ? null : c.amount().format(locale), c.recovered().format(locale), payUrl(c),
                cases.decisions(c.writNumber()).stream().map(d -> explain(d, locale)).toList(),
                measures.file(c.number()))).toList();
        model.addAttribute("cases", rows);
        return "enforcement/cabinet";
    }

    private @Nullable String payUrl(EnforcementCase c) {
        if (c.invoiceNumber() == null) {
            return null;
        }
        return payments.findByNumber(c.invoiceNumber())
                .filter(i -> i.status() == uz.yagona.payments.InvoiceStatus.ISSUED)
                .map(i -> "/payments/sandbox/" + i.id().value()).orElse(null);
    }

    /** A decision in the reader's language from its inputs; the recorded reason where there is no template. */
    private String explain(AutomatedDecision decision, Locale locale) {
        var inputs = JSON.readTree(decision.inputs());
        if (decision.kind().equals("ASSIGNMENT") && !decision.outcome().equals("UNASSIGNED")) {
            var officers = inputs.get("officers");
            long open = 0;
            for (var officer : officers) {
                if (officer.get("officer").asString().equals(decision.outcome())) {
                    open = officer.get("openCases").asLong();
                }
            }
            return messages.getMessage("enforcement.decision.assignment", new Object[] {
                inputs.get("department").asString(), officers.size(), open}, locale);
        }
        if (decision.kind().equals("TRAVEL_BAN")) {
            return messages.getMessage("enforcement.decision.travelBan." + decision.outcome(), null, locale)
                    + " (" + decision.reason() + ")";
        }
        return decision.reason();
    }
}
