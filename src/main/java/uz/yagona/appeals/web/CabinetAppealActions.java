package uz.yagona.appeals.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import uz.yagona.appeals.Appeals;
import uz.yagona.appeals.Applicant;
import uz.yagona.appeals.Channel;
import uz.yagona.appeals.InvalidAppeal;
import uz.yagona.appeals.internal.Processing;
import uz.yagona.identity.Person;

/**
 * One of my appeals in the cabinet and what its applicant does on it, by the API's rules: reply to a request for
 * more (with a file), rate the answer, complain about it to the superior body, download the appeal's files.
 */
@Controller
class CabinetAppealActions {

    private final Appeals appeals;
    private final Processing processing;
    private final CabinetAppealView view;

    CabinetAppealActions(Appeals appeals, Processing processing, CabinetAppealView view) {
        this.appeals = appeals;
        this.processing = processing;
        this.view = view;
    }

    @GetMapping("/cabinet/appeals/{number}")
    String one(@PathVariable String number, Principal principal, Model model) {
        var person = view.person(principal);
        return view.show(view.mine(number, person), person, model, Map.of(), Map.of());
    }

    @GetMapping("/cabinet/appeals/{number}/attachments/{position}")
    ResponseEntity<byte[]> attachment(@PathVariable String number, @PathVariable int position, Principal principal) {
        return Downloads.of(appeals.attachment(number, position, view.person(principal).id()));
    }

    @PostMapping("/cabinet/appeals/{number}/reply")
    String reply(@PathVariable String number, @RequestParam(defaultValue = "") String reply,
            @RequestParam(name = "attachment", required = false) @Nullable MultipartFile attachment,
            Principal principal, Model model) {
        var person = view.person(principal);
        var file = CabinetAppeals.uploads(attachment == null ? null : List.of(attachment));
        try {
            processing.reply(person.id(), number, reply, file.isEmpty() ? null : file.getFirst());
            return "redirect:/cabinet/appeals/" + number + "?replied";
        } catch (InvalidAppeal invalid) {
            return again(number, person, invalid.fields(), Map.of("reply", reply), model);
        } catch (Processing.Refused refused) {
            return again(number, person, refusal("reply", refused), Map.of("reply", reply), model);
        }
    }

    @PostMapping("/cabinet/appeals/{number}/rating")
    String rate(@PathVariable String number, @RequestParam(defaultValue = "") String score,
            @RequestParam(defaultValue = "") String comment, Principal principal, Model model) {
        var person = view.person(principal);
        var typed = Map.of("score", score, "comment", comment);
        try {
            int value;
            try {
                value = Integer.parseInt(score.strip());
            } catch (NumberFormatException notANumber) {
                throw new InvalidAppeal("score", "appeals.rating.score");
            }
            processing.rate(person.id(), number, value, comment);
            return "redirect:/cabinet/appeals/" + number + "?rated";
        } catch (InvalidAppeal invalid) {
            return again(number, person, invalid.fields(), typed, model);
        } catch (Processing.Refused refused) {
            return again(number, person, refusal("score", refused), typed, model);
        }
    }

    @PostMapping("/cabinet/appeals/{number}/complaint")
    String complain(@PathVariable String number, @RequestParam(defaultValue = "") String complaint,
            Principal principal, Model model, Locale locale) {
        var person = view.person(principal);
        try {
            var filed = appeals.complainAbove(number, Applicant.person(person.id(), person.pinfl(),
                    person.nameFor(locale).full()), complaint, Channel.PORTAL, Languages.of(locale));
            return "redirect:/cabinet/appeals/" + filed.number() + "?complaint";
        } catch (InvalidAppeal invalid) {
            // the complaint's only field the applicant types is its text
            var errors = new LinkedHashMap<String, InvalidAppeal.Rule>();
            invalid.fields().values().forEach(rule -> errors.putIfAbsent("complaint", rule));
            return again(number, person, errors, Map.of("complaint", complaint), model);
        } catch (Processing.Refused refused) {
            return again(number, person, refusal("complaint", refused), Map.of("complaint", complaint), model);
        }
    }

    /** The appeal again with the form's errors beside its fields; 404 for an appeal that is not the person's. */
    private String again(String number, Person person, Map<String, InvalidAppeal.Rule> errors,
            Map<String, String> typed, Model model) {
        return view.show(view.mine(number, person), person, model, errors, typed);
    }

    /** A step the appeal's state does not allow, told beside the form's field; another's appeal is a 404. */
    private static Map<String, InvalidAppeal.Rule> refusal(String field, Processing.Refused refused) {
        if (!refused.conflict()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return Map.of(field, new InvalidAppeal.Rule(refused.rule()));
    }
}
