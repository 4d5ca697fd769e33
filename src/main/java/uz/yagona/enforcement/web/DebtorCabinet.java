package uz.yagona.enforcement.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uz.yagona.enforcement.CaseEntry;
import uz.yagona.enforcement.CaseMessage;
import uz.yagona.enforcement.CaseMessages;
import uz.yagona.enforcement.Caseload;
import uz.yagona.enforcement.EnforcementCase;
import uz.yagona.enforcement.EnforcementCases;
import uz.yagona.enforcement.EnforcementMeasures;
import uz.yagona.identity.LegalEntities;
import uz.yagona.identity.LegalEntity;
import uz.yagona.shared.InvalidValueException;

/**
 * The debtor's cabinet: my enforcement cases with what is owed and recovered, the voluntary period, the link to
 * pay, the automated decisions about the case in my language, and every measure taken; the cases of the
 * organisations I represent, as debtor and as creditor (Decree UP-1 of 03.01.2024: entities receive writs in
 * the taxpayer's cabinet); and one case's page with its messages to the officer.
 */
@Controller
class DebtorCabinet {

    private final EnforcementCases cases;
    private final EnforcementMeasures measures;
    private final Caseload caseload;
    private final CaseMessages messages;
    private final LegalEntities entities;
    private final Bureau bureau;
    private final CaseViews views;
    private final MessageSource texts;

    DebtorCabinet(EnforcementCases cases, EnforcementMeasures measures, Caseload caseload, CaseMessages messages,
            LegalEntities entities, Bureau bureau, CaseViews views, MessageSource texts) {
        this.cases = cases;
        this.measures = measures;
        this.caseload = caseload;
        this.messages = messages;
        this.entities = entities;
        this.bureau = bureau;
        this.views = views;
        this.texts = texts;
    }

    /** One case as the page shows it. */
    record Row(EnforcementCase c, @Nullable String amount, String recovered, @Nullable String payUrl,
            List<String> decisions, List<CaseEntry> file) {
    }

    /** An organisation the person represents, with its cases as debtor and its writs as creditor. */
    record Organisation(LegalEntity entity, List<Row> asDebtor, List<CreditorCabinet.Line> asCreditor) {
    }

    @GetMapping("/cabinet/enforcement")
    String page(Principal principal, Model model, Locale locale) {
        var person = bureau.person(principal);
        model.addAttribute("cases", cases.ofDebtor(person.pinfl()).stream().map(c -> row(c, locale)).toList());
        model.addAttribute("organisations", entities.representedBy(person.id()).stream()
                .map(r -> new Organisation(r.entity(), caseload.ofEntity(r.entity().stir()).stream()
                        .map(c -> row(c, locale)).toList(),
                        CreditorCabinet.lines(caseload.ofCreditor(r.entity().stir().value()), locale)))
                .toList());
        return "enforcement/cabinet";
    }

    private Row row(EnforcementCase c, Locale locale) {
        return new Row(c, c.amount() == null ? null : c.amount().format(locale), c.recovered().format(locale),
                views.payUrl(c), cases.decisions(c.writNumber()).stream().map(d -> views.explain(d, locale)).toList(),
                measures.file(c.number()));
    }

    @GetMapping("/cabinet/enforcement/cases/{number}")
    String one(@PathVariable String number, Principal principal, Model model, Locale locale) {
        var person = bureau.person(principal);
        return show(bureau.caseOfDebtor(person, number), "", Map.of(), model, locale);
    }

    @PostMapping("/cabinet/enforcement/cases/{number}/messages")
    String write(@PathVariable String number, @RequestParam(defaultValue = "") String text, Principal principal,
            Model model, Locale locale) {
        var person = bureau.person(principal);
        var c = bureau.caseOfDebtor(person, number);
        try {
            messages.send(c.number(), CaseMessage.Side.DEBTOR, person.id(), text);
        } catch (InvalidValueException invalid) {
            return show(c, text, Map.of("text", texts.getMessage(invalid.rule(), invalid.arguments(), locale)),
                    model, locale);
        }
        return "redirect:/cabinet/enforcement/cases/" + c.number() + "?sent#messages";
    }

    private String show(EnforcementCase c, String draft, Map<String, String> errors, Model model, Locale locale) {
        model.addAttribute("row", row(c, locale));
        model.addAttribute("measures", views.measures(c.number(), locale));
        model.addAttribute("thread", views.thread(c.number()));
        model.addAttribute("draft", draft);
        model.addAttribute("errors", errors);
        model.addAttribute("maxLength", CaseMessages.MAX_LENGTH);
        return "enforcement/cabinet-case";
    }
}
