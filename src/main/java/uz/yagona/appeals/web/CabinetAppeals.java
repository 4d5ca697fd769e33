package uz.yagona.appeals.web;

import java.security.Principal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uz.yagona.appeals.AppealKind;
import uz.yagona.appeals.Appeals;
import uz.yagona.appeals.Applicant;
import uz.yagona.appeals.Channel;
import uz.yagona.appeals.InvalidAppeal;
import uz.yagona.appeals.NewAppeal;
import uz.yagona.appeals.internal.Processing;
import uz.yagona.identity.Person;
import uz.yagona.identity.Persons;
import uz.yagona.shared.Divisions;
import uz.yagona.shared.Pinfl;

/** My appeals in the cabinet: the list with days left, filing a new one, one appeal with its steps and answer. */
@Controller
class CabinetAppeals {

    private final Appeals appeals;
    private final Processing processing;
    private final Persons persons;
    private final Divisions divisions;

    CabinetAppeals(Appeals appeals, Processing processing, Persons persons, Divisions divisions) {
        this.appeals = appeals;
        this.processing = processing;
        this.persons = persons;
        this.divisions = divisions;
    }

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A step of the appeal as the page shows it: when (Tashkent time) and what. */
    record Step(String at, String kind) {
    }

    /** A district to choose on the form: its code and its name with the region's. */
    record Place(String code, String name) {
    }

    @GetMapping("/cabinet/appeals")
    String list(Principal principal, Model model) {
        model.addAttribute("appeals", appeals.mine(person(principal).id()));
        model.addAttribute("today", processing.today());
        return "appeals/list";
    }

    @GetMapping("/cabinet/appeals/new")
    String form(Model model, Locale locale) {
        return form(model, locale, Map.of(), "", "", "");
    }

    @PostMapping("/cabinet/appeals")
    String file(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String district, Principal principal, Model model, Locale locale) {
        var person = person(principal);
        AppealKind chosen = null;
        try {
            chosen = kind.isBlank() ? null : AppealKind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            return form(model, locale, Map.of("kind", new InvalidAppeal.Rule("appeals.kind.unknown")), kind, text,
                    district);
        }
        try {
            var appeal = appeals.submit(new NewAppeal(chosen, text, Channel.PORTAL, Languages.of(locale), null,
                    district.isBlank() ? null : district, null, null, null, null, null, List.of(), null),
                    Applicant.person(person.id(), person.pinfl(), person.nameFor(locale).full()));
            return "redirect:/cabinet/appeals/" + appeal.number();
        } catch (InvalidAppeal invalid) {
            return form(model, locale, invalid.fields(), kind, text, district);
        }
    }

    @GetMapping("/cabinet/appeals/{number}")
    String one(@PathVariable String number, Principal principal, Model model) {
        var appeal = appeals.mine(number, person(principal).id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("a", appeal);
        model.addAttribute("today", processing.today());
        model.addAttribute("steps", appeals.steps(number).stream().map(step -> new Step(
                WHEN.format(step.at().atZone(TASHKENT)), step.kind())).toList());
        model.addAttribute("answer", processing.answerOf(number).orElse(null));
        return "appeals/detail";
    }

    private String form(Model model, Locale locale, Map<String, InvalidAppeal.Rule> errors, String kind, String text,
            String district) {
        model.addAttribute("errors", errors);
        model.addAttribute("kind", kind);
        model.addAttribute("text", text);
        model.addAttribute("district", district);
        model.addAttribute("kinds", AppealKind.values());
        model.addAttribute("places", divisions.regions().stream()
                .flatMap(region -> divisions.districtsOf(region.soato()).stream()
                        .map(d -> new Place(d.soato().value(), region.name().in(locale) + " — " + d.name().in(locale))))
                .toList());
        return "appeals/form";
    }

    private Person person(Principal principal) {
        return persons.findByPinfl(new Pinfl(principal.getName()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
