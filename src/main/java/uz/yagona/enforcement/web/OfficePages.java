package uz.yagona.enforcement.web;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uz.yagona.enforcement.CaseMessage;
import uz.yagona.enforcement.CaseMessages;
import uz.yagona.enforcement.CaseStatus;
import uz.yagona.enforcement.Caseload;
import uz.yagona.enforcement.EnforcementCase;
import uz.yagona.enforcement.EnforcementCases;
import uz.yagona.enforcement.EnforcementMeasures;
import uz.yagona.enforcement.Writs;
import uz.yagona.exchange.ExchangeException;
import uz.yagona.shared.InvalidValueException;

/**
 * The enforcement officer's pages: the queue of the departments they are appointed to (their own cases first),
 * and a case file with the writ, the debtor, the money, every measure, the automated decisions and the messages,
 * where they take measures and answer the debtor. A case of another department is not found.
 */
@Controller
class OfficePages {

    private static final int QUEUE = 500;

    private final EnforcementCases cases;
    private final EnforcementMeasures measures;
    private final Caseload caseload;
    private final CaseMessages messages;
    private final Writs writs;
    private final Bureau bureau;
    private final CaseViews views;
    private final MessageSource texts;

    OfficePages(EnforcementCases cases, EnforcementMeasures measures, Caseload caseload, CaseMessages messages,
            Writs writs, Bureau bureau, CaseViews views, MessageSource texts) {
        this.cases = cases;
        this.measures = measures;
        this.caseload = caseload;
        this.messages = messages;
        this.writs = writs;
        this.bureau = bureau;
        this.views = views;
        this.texts = texts;
    }

    /** A line of the queue. */
    record Line(EnforcementCase c, boolean mine, @Nullable String amountDue, String daysLeft, boolean overdue,
            String lastMeasure) {
    }

    @GetMapping("/office/enforcement")
    String queue(@RequestParam(defaultValue = "") String status, Principal principal, Model model, Locale locale) {
        var desk = bureau.desk(principal);
        var filter = status(status);
        model.addAttribute("departments", desk.departments());
        model.addAttribute("head", !bureau.headScopes(desk.person()).isEmpty());
        model.addAttribute("statuses", Arrays.stream(CaseStatus.values()).map(Enum::name).toList());
        model.addAttribute("selected", filter == null ? "" : filter.name());
        model.addAttribute("rows", caseload.queue(desk.departments(), desk.appointments(), filter, QUEUE).stream()
                .map(q -> new Line(q.c(), q.mine(), q.due() == null ? null : q.due().format(locale),
                        views.daysLeft(q.c(), locale),
                        q.c().status() == CaseStatus.OPEN && views.voluntaryPeriodOver(q.c()),
                        CaseViews.time(q.lastMeasure())))
                .toList());
        return "enforcement/office-queue";
    }

    private static @Nullable CaseStatus status(String status) {
        if (status.isBlank()) {
            return null;
        }
        try {
            return CaseStatus.valueOf(status);
        } catch (IllegalArgumentException unknown) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "enforcement.office.status");
        }
    }

    /** What the debtor still owes: the claim not yet recovered and the fee not yet paid. */
    private @Nullable String due(EnforcementCase c, Locale locale) {
        if (c.amount() == null) {
            return null;
        }
        var money = caseload.money(c.number());
        return c.amount().minus(c.recovered()).plus(money.fee()).minus(money.feePaid()).format(locale);
    }

    @GetMapping("/office/enforcement/cases/{number}")
    String file(@PathVariable String number, @RequestParam(required = false) @Nullable String done,
            Principal principal, Model model, Locale locale) {
        var desk = bureau.desk(principal);
        var c = bureau.caseAt(desk, number);
        if (done != null && done.matches("measures|message")) {
            model.addAttribute("done", done);
        }
        return show(c, "", Map.of(), model, locale);
    }

    @PostMapping("/office/enforcement/cases/{number}/measures")
    String takeMeasures(@PathVariable String number, Principal principal, Model model, Locale locale) {
        var desk = bureau.desk(principal);
        var c = bureau.caseAt(desk, number);
        try {
            measures.apply(c.number(), desk.person().id());
        } catch (InvalidValueException refused) {
            return show(c, "", Map.of("measures", texts.getMessage(refused.rule(), refused.arguments(), locale)),
                    model, locale);
        } catch (ExchangeException failed) {
            return show(c, "", Map.of("measures", texts.getMessage(failed.rule(), failed.arguments(), failed.rule(),
                    locale)), model, locale);
        }
        return "redirect:/office/enforcement/cases/" + c.number() + "?done=measures";
    }

    @PostMapping("/office/enforcement/cases/{number}/messages")
    String answer(@PathVariable String number, @RequestParam(defaultValue = "") String text, Principal principal,
            Model model, Locale locale) {
        var desk = bureau.desk(principal);
        var c = bureau.caseAt(desk, number);
        try {
            messages.send(c.number(), CaseMessage.Side.OFFICER, desk.person().id(), text);
        } catch (InvalidValueException invalid) {
            return show(c, text, Map.of("text", texts.getMessage(invalid.rule(), invalid.arguments(), locale)),
                    model, locale);
        }
        return "redirect:/office/enforcement/cases/" + c.number() + "?done=message#messages";
    }

    /** An automated decision with its inputs as recorded. */
    record Decision(String kind, String rule, String inputs, String outcome, String reason, String explained,
            String decidedAt) {
    }

    private String show(EnforcementCase c, String draft, Map<String, String> errors, Model model, Locale locale) {
        var writ = writs.find(c.writNumber()).orElseThrow();
        model.addAttribute("c", c);
        model.addAttribute("writ", writ);
        model.addAttribute("writAmount", CaseViews.money(writ.amount(), locale));
        model.addAttribute("ordered", CaseViews.money(c.amount(), locale));
        model.addAttribute("recovered", c.recovered().format(locale));
        model.addAttribute("due", due(c, locale));
        model.addAttribute("daysLeft", views.daysLeft(c, locale));
        model.addAttribute("periodOver", views.voluntaryPeriodOver(c));
        model.addAttribute("funds", views.funds(c.number(), locale));
        model.addAttribute("measures", views.measures(c.number(), locale));
        model.addAttribute("decisions", decisions(c, locale));
        model.addAttribute("thread", views.thread(c.number()));
        model.addAttribute("draft", draft);
        model.addAttribute("errors", errors);
        model.addAttribute("maxLength", CaseMessages.MAX_LENGTH);
        return "enforcement/office-case";
    }

    private List<Decision> decisions(EnforcementCase c, Locale locale) {
        return cases.decisions(c.writNumber()).stream().map(d -> new Decision(d.kind(), d.rule(), d.inputs(),
                d.outcome(), d.reason(), views.explain(d, locale), CaseViews.time(d.decidedAt()))).toList();
    }
}
