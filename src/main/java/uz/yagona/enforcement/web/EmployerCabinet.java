package uz.yagona.enforcement.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uz.yagona.enforcement.Deduction;
import uz.yagona.enforcement.DeductionOrder;
import uz.yagona.enforcement.DeductionOrders;
import uz.yagona.shared.InvalidValueException;

/**
 * The employer's page: the deduction orders addressed to the organisations the signed-in person represents,
 * with the share to withhold, its legal source and what is still owed, and a form to report a month's deduction.
 */
@Controller
class EmployerCabinet {

    private final DeductionOrders orders;
    private final Employers employers;
    private final MessageSource messages;

    EmployerCabinet(DeductionOrders orders, Employers employers, MessageSource messages) {
        this.orders = orders;
        this.employers = employers;
        this.messages = messages;
    }

    /** One order as the page shows it, amounts formatted in the reader's language. */
    record Row(DeductionOrder order, String salary, String limit, String remaining, String share,
            List<Reported> deductions) {
    }

    record Reported(Deduction deduction, String amount) {
    }

    /** A refused report: the order, the field and the message, and what was typed. */
    record FormError(UUID order, String field, String message, @Nullable String period, @Nullable String amount,
            @Nullable String payrollReference) {
    }

    @GetMapping("/cabinet/employer/deductions")
    String page(Principal principal, Model model, Locale locale) {
        return render(principal, model, locale, null);
    }

    @PostMapping("/cabinet/employer/deductions/{id}")
    String report(@PathVariable String id, @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable String amount,
            @RequestParam(required = false) @Nullable String payrollReference, Principal principal, Model model,
            Locale locale, RedirectAttributes redirect) {
        var order = employers.order(id, employers.representedBy(principal.getName()));
        try {
            var reported = orders.report(order.id(), Employers.period(period), Employers.amount(amount),
                    Employers.reference(payrollReference), principal.getName());
            redirect.addAttribute(reported.created() ? "reported" : "repeated", order.id().toString());
            return "redirect:/cabinet/employer/deductions";
        } catch (InvalidValueException e) {
            var message = messages.getMessage(e.rule(), e.arguments(), e.rule(), locale);
            return render(principal, model, locale, new FormError(order.id(), field(e.rule()), message, period,
                    amount, payrollReference));
        }
    }

    private String render(Principal principal, Model model, Locale locale, @Nullable FormError error) {
        var represented = employers.representedBy(principal.getName());
        var rows = orders.ofEmployers(represented).stream().map(o -> new Row(o, o.monthlySalary().format(locale),
                o.monthlyLimit().format(locale), o.remaining().format(locale),
                o.sharePercent().stripTrailingZeros().toPlainString(), orders.deductions(o.id()).stream()
                        .map(d -> new Reported(d, d.amount().format(locale))).toList())).toList();
        model.addAttribute("representsAny", !represented.isEmpty());
        model.addAttribute("orders", rows);
        model.addAttribute("formError", error);
        return "enforcement/employer";
    }

    private static String field(String rule) {
        if (rule.startsWith("enforcement.deduction.period")) {
            return "period";
        }
        if (rule.startsWith("enforcement.deduction.payrollReference")) {
            return "payrollReference";
        }
        if (rule.startsWith("enforcement.deduction.lifted")) {
            return "order";
        }
        return "amount";
    }

    /** An order the person may not answer looks like no order at all. */
    @ExceptionHandler(EnforcementProblems.NotFound.class)
    ResponseEntity<Void> notFound() {
        return ResponseEntity.notFound().build();
    }
}
