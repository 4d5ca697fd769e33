package uz.yagona.enforcement.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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
import uz.yagona.enforcement.CaseStateConflict;
import uz.yagona.enforcement.EnforcementAppeals;
import uz.yagona.enforcement.EnforcementCase;
import uz.yagona.enforcement.EnforcementCases;
import uz.yagona.enforcement.EnforcementMeasures;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;

/**
 * The debtor's appeal page for one of their cases: choose an entry of the case file or an automated decision,
 * write the appeal, send it to the head of the department; the appeals filed and their outcome below. Another
 * person's case is a 404.
 */
@Controller
class AppealPage {

    private static final List<String> APPEALABLE = List.of("HOLD", "DEBIT", "REAL_ESTATE_ARREST",
            "VEHICLE_ARREST", "TRAVEL_BAN", "SUSPENSION", "RESUMPTION", "WRIT_RETURN", "TERMINATION", "TAKEOVER");

    private final EnforcementCases cases;
    private final EnforcementMeasures measures;
    private final EnforcementAppeals appeals;
    private final MessageSource messages;

    AppealPage(EnforcementCases cases, EnforcementMeasures measures, EnforcementAppeals appeals,
            MessageSource messages) {
        this.cases = cases;
        this.measures = measures;
        this.appeals = appeals;
        this.messages = messages;
    }

    /** A choice of the form: {@code entry:<id>} or {@code decision:<id>}, and its label in the reader's language. */
    record Target(String value, String label) {
    }

    @GetMapping("/cabinet/enforcement/cases/{number}/appeal")
    String form(@PathVariable String number, @RequestParam(required = false) @Nullable String filed,
            Principal principal, Locale locale, Model model) {
        return show(mine(number, principal), Map.of(), "", "", filed != null, locale, model);
    }

    @PostMapping("/cabinet/enforcement/cases/{number}/appeal")
    String file(@PathVariable String number, @RequestParam(defaultValue = "") String target,
            @RequestParam(defaultValue = "") String text, Principal principal, Locale locale, Model model) {
        var c = mine(number, principal);
        try {
            UUID entry = null;
            UUID decision = null;
            if (target.startsWith("entry:")) {
                entry = UUID.fromString(target.substring("entry:".length()));
            } else if (target.startsWith("decision:")) {
                decision = UUID.fromString(target.substring("decision:".length()));
            }
            appeals.file(c.number(), new Pinfl(principal.getName()), entry, decision, text);
        } catch (InvalidValueException invalid) {
            var field = invalid.rule().equals("enforcement.appeal.text") ? "text" : "entry";
            return show(c, Map.of(field, messages.getMessage(invalid.rule(), invalid.arguments(), invalid.rule(),
                    locale)), target, text, false, locale, model);
        } catch (IllegalArgumentException notAnId) {
            return show(c, Map.of("entry", messages.getMessage("enforcement.appeal.entry", null, locale)), "",
                    text, false, locale, model);
        } catch (CaseStateConflict pending) {
            return show(c, Map.of("entry", messages.getMessage(pending.rule(), pending.arguments(), locale)),
                    target, text, false, locale, model);
        }
        return "redirect:/cabinet/enforcement/cases/" + c.number() + "/appeal?filed";
    }

    private EnforcementCase mine(String number, Principal principal) {
        try {
            return cases.find(number).filter(c -> c.debtor().isPerson()
                    && c.debtor().pinfl().value().equals(principal.getName()))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (InvalidValueException badNumber) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private String show(EnforcementCase c, Map<String, String> errors, String target, String text, boolean filed,
            Locale locale, Model model) {
        var targets = new ArrayList<Target>();
        for (var entry : measures.file(c.number())) {
            if (APPEALABLE.contains(entry.kind())) {
                targets.add(new Target("entry:" + entry.id(), messages.getMessage("enforcement.measure."
                        + entry.kind(), null, locale) + (entry.target() == null ? "" : " " + entry.target()) + ", "
                        + entry.placedAt().toString().substring(0, 10)));
            }
        }
        for (var decision : cases.decisions(c.writNumber())) {
            if (decision.caseNumber() != null) {
                targets.add(new Target("decision:" + decision.id(), messages.getMessage("enforcement.appeal.decision",
                        new Object[] {decision.kind(), decision.outcome()}, locale) + ", "
                        + decision.decidedAt().toString().substring(0, 10)));
            }
        }
        model.addAttribute("c", c);
        model.addAttribute("targets", targets);
        model.addAttribute("errors", new LinkedHashMap<>(errors));
        model.addAttribute("target", target);
        model.addAttribute("text", text);
        model.addAttribute("filed", filed);
        model.addAttribute("appeals", appeals.ofCase(c.number()));
        return "enforcement/appeal";
    }
}
