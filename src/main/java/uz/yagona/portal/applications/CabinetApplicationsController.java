package uz.yagona.portal.applications;

import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uz.yagona.documents.DocumentId;
import uz.yagona.documents.Documents;
import uz.yagona.documents.Reader;
import uz.yagona.identity.Person;
import uz.yagona.identity.Persons;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;

/** My applications in the cabinet: the list with days left, one with its history, payment, answer, result, rating. */
@Controller
class CabinetApplicationsController {

    private final Applications applications;
    private final Ratings ratings;
    private final Persons persons;
    private final Documents documents;
    private final Views views;

    CabinetApplicationsController(Applications applications, Ratings ratings, Persons persons, Documents documents,
            Views views) {
        this.applications = applications;
        this.ratings = ratings;
        this.persons = persons;
        this.documents = documents;
        this.views = views;
    }

    @GetMapping("/cabinet/applications")
    String list(Principal principal, Locale locale, Model model) {
        var today = applications.today();
        model.addAttribute("rows", applications.mine(person(principal).id()).stream()
                .map(application -> views.row(application, today, locale)).toList());
        return "applications/list";
    }

    @GetMapping("/cabinet/applications/{number}")
    String detail(@PathVariable String number, Principal principal, Locale locale, Model model) {
        return show(applications.mine(number, person(principal).id()), null, null, locale, model);
    }

    @PostMapping("/cabinet/applications/{number}/answer")
    String answer(@PathVariable String number, @RequestParam(defaultValue = "") String answer, Principal principal,
            Locale locale, Model model) {
        var person = person(principal);
        try {
            applications.answer(number, person.id(), answer);
        } catch (InvalidAnswers invalid) {
            return show(applications.mine(number, person.id()), invalid, answer, locale, model);
        } catch (InvalidValueException notAsked) {
            // answered already, or the application moved on meanwhile
            return show(applications.mine(number, person.id()), new InvalidAnswers(Map.of("answer",
                    new InvalidAnswers.Broken(notAsked.rule(), notAsked.arguments()))), answer, locale, model);
        }
        return "redirect:/cabinet/applications/" + number + "?answered";
    }

    @PostMapping("/cabinet/applications/{number}/rating")
    String rate(@PathVariable String number, @RequestParam(defaultValue = "") String score,
            @RequestParam(defaultValue = "") String comment, Principal principal, Locale locale, Model model) {
        var person = person(principal);
        try {
            ratings.rate(number, person.id(), score, comment);
        } catch (InvalidAnswers invalid) {
            return show(applications.mine(number, person.id()), invalid, comment, locale, model);
        }
        return "redirect:/cabinet/applications/" + number + "?rated";
    }

    /** The signed result, as the documents module keeps it for its subject. */
    @GetMapping("/cabinet/applications/{number}/result")
    ResponseEntity<byte[]> result(@PathVariable String number, Principal principal) {
        var person = person(principal);
        var result = applications.mine(number, person.id()).result();
        if (result == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "applications.result.none");
        }
        var content = documents.read(new DocumentId(result.document()), new Reader.Person(person.pinfl()));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.version().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(number + ".pdf").build().toString())
                .body(content.content());
    }

    private String show(Application application, @Nullable InvalidAnswers invalid, @Nullable String typed,
            Locale locale, Model model) {
        var service = applications.service(application.serviceCode());
        model.addAttribute("app", views.row(application, applications.today(), locale));
        model.addAttribute("status", application.status().name());
        model.addAttribute("fee", service.paid() ? service.fee().format(locale) : null);
        model.addAttribute("invoiceId", application.invoiceId());
        model.addAttribute("facts", views.facts(application.facts(), locale));
        model.addAttribute("answers", views.answers(service, application.answers(), locale));
        model.addAttribute("attachments", applications.attachments(application.number()));
        model.addAttribute("history", applications.history(application.number()));
        model.addAttribute("reason", application.reason());
        model.addAttribute("infoRequest", application.infoRequest());
        model.addAttribute("result", application.result());
        model.addAttribute("rated", ratings.scoreOf(application.number()));
        model.addAttribute("closed", application.status().closed());
        model.addAttribute("errors", invalid == null ? Map.of() : views.errors(invalid, locale));
        model.addAttribute("typed", typed == null ? "" : typed);
        return "applications/detail";
    }

    private Person person(Principal principal) {
        return persons.findByPinfl(new Pinfl(principal.getName())).orElseThrow();
    }
}
