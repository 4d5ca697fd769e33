package uz.yagona.enforcement.web;

import java.security.Principal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uz.yagona.enforcement.CaseStateConflict;
import uz.yagona.enforcement.EnforcementCase;
import uz.yagona.enforcement.EnforcementCases;
import uz.yagona.enforcement.OfficerAction;
import uz.yagona.enforcement.OfficerActions;
import uz.yagona.identity.Agencies;
import uz.yagona.identity.Officers;
import uz.yagona.identity.PersonId;
import uz.yagona.identity.Persons;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;

/**
 * The forms of {@code enforcement/office-actions.html} for an officer signed in to the portal: suspension,
 * resumption, return of the writ, termination, takeover. Only an {@code ENFORCEMENT_OFFICER} appointed to the
 * case's department; back to the case page with a flash message ({@code actionDone} or {@code actionError}).
 */
@Controller
class OfficeActionsPage {

    private final EnforcementCases cases;
    private final OfficerActions actions;
    private final Persons persons;
    private final Officers officers;
    private final Agencies agencies;
    private final MessageSource messages;

    OfficeActionsPage(EnforcementCases cases, OfficerActions actions, Persons persons, Officers officers,
            Agencies agencies, MessageSource messages) {
        this.cases = cases;
        this.actions = actions;
        this.persons = persons;
        this.officers = officers;
        this.agencies = agencies;
        this.messages = messages;
    }

    @PostMapping("/office/enforcement/cases/{number}/{action:suspension|resumption|return|termination|takeover}")
    String act(@PathVariable String number, @PathVariable String action,
            @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String legalBasis,
            @Nullable Principal principal, Locale locale, RedirectAttributes flash) {
        EnforcementCase c;
        try {
            c = cases.find(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (InvalidValueException badNumber) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var officer = officerOf(c, principal);
        var chosen = OfficerAction.ofPath(action).orElseThrow();
        try {
            actions.act(c.number(), chosen, officer, reason, legalBasis);
            flash.addFlashAttribute("actionDone", messages.getMessage("enforcement.actions.done." + chosen.path(),
                    new Object[] {c.number()}, locale));
        } catch (InvalidValueException invalid) {
            flash.addFlashAttribute("actionError", messages.getMessage(invalid.rule(), invalid.arguments(),
                    invalid.rule(), locale));
        } catch (CaseStateConflict conflict) {
            flash.addFlashAttribute("actionError", messages.getMessage(conflict.rule(), conflict.arguments(),
                    conflict.rule(), locale));
        }
        return "redirect:/office/enforcement/cases/" + c.number();
    }

    /** The signed-in person, if appointed {@code ENFORCEMENT_OFFICER} to the case's department; 403 otherwise. */
    private PersonId officerOf(EnforcementCase c, @Nullable Principal principal) {
        if (principal == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        var person = persons.findByPinfl(new Pinfl(principal.getName()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        boolean serves = officers.of(person.id()).stream()
                .filter(o -> o.roles().contains("ENFORCEMENT_OFFICER"))
                .flatMap(o -> agencies.find(o.agency()).stream())
                .anyMatch(agency -> agency.code().equals(c.agency()));
        if (!serves) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "enforcement.action.forbidden");
        }
        return person.id();
    }
}
