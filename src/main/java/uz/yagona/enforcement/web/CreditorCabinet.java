package uz.yagona.enforcement.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uz.yagona.enforcement.Caseload;

/** The creditor's cabinet: the writs issued in my favour, their cases, and what was recovered and paid to me. */
@Controller
class CreditorCabinet {

    private final Caseload caseload;
    private final Bureau bureau;

    CreditorCabinet(Caseload caseload, Bureau bureau) {
        this.caseload = caseload;
        this.bureau = bureau;
    }

    /** A writ with its amounts formatted for the reader. */
    record Line(Caseload.CreditorWrit writ, String ordered, String recovered, String paidOut) {
    }

    @GetMapping("/cabinet/enforcement/writs")
    String page(Principal principal, Model model, Locale locale) {
        var person = bureau.person(principal);
        model.addAttribute("writs", lines(caseload.ofCreditor(person.pinfl().value()), locale));
        return "enforcement/creditor";
    }

    static List<Line> lines(List<Caseload.CreditorWrit> writs, Locale locale) {
        return writs.stream().map(w -> new Line(w, CaseViews.money(w.ordered(), locale),
                w.recovered().format(locale), w.paidOut().format(locale))).toList();
    }
}
