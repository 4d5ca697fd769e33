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
import uz.yagona.portal.Catalog;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;
import uz.yagona.signature.Signatures;

/** The officers' pages: the agency's queue by due date, one application with its decisions, and the comments. */
@Controller
class OfficeController {

    private final Office office;
    private final Applications applications;
    private final Ratings ratings;
    private final Catalog catalog;
    private final Documents documents;
    private final Signatures signatures;
    private final Views views;

    OfficeController(Office office, Applications applications, Ratings ratings, Catalog catalog,
            Documents documents, Signatures signatures, Views views) {
        this.office = office;
        this.applications = applications;
        this.ratings = ratings;
        this.catalog = catalog;
        this.documents = documents;
        this.signatures = signatures;
        this.views = views;
    }

    @GetMapping("/office/queue")
    String queue(@RequestParam(defaultValue = "") String service, Principal principal, Locale locale, Model model) {
        var desk = office.requireDesk(pinfl(principal));
        var today = applications.today();
        model.addAttribute("agency", desk.agencyCode());
        model.addAttribute("services", catalog.services().stream()
                .filter(s -> Application.agencyRoot(s.agencyCode()).equals(desk.agencyRoot()))
                .map(s -> new Views.Option(s.code(), s.name().in(locale))).toList());
        model.addAttribute("selected", service);
        model.addAttribute("rows", office.queue(desk, service).stream()
                .map(application -> views.row(application, today, locale)).toList());
        return "applications/queue";
    }

    @GetMapping("/office/applications/{number}")
    String detail(@PathVariable String number, Principal principal, Locale locale, Model model) {
        var desk = office.requireDesk(pinfl(principal));
        return show(desk, office.open(desk, number), Map.of(), locale, model);
    }

    @PostMapping("/office/applications/{number}/{action}")
    String decide(@PathVariable String number, @PathVariable String action, @RequestParam Map<String, String> form,
            Principal principal, Locale locale, Model model) {
        var desk = office.requireDesk(pinfl(principal));
        try {
            switch (action) {
                case "take" -> office.take(desk, number);
                case "more-info" -> office.askForMoreInformation(desk, number, form.get("request"));
                case "reject" -> office.reject(desk, number, form.get("reason"));
                case "approve" -> office.approve(desk, number, form.get("keySerial"), form.get("pin"));
                default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "applications.notFound");
            }
        } catch (InvalidAnswers invalid) {
            return show(desk, office.open(desk, number), views.errors(invalid, locale), locale, model);
        } catch (InvalidValueException refused) {
            return show(desk, office.open(desk, number), Map.of("decision", views.message(refused, locale)), locale,
                    model);
        }
        return "redirect:/office/applications/" + number + "?done=" + action;
    }

    /** An attachment, read on behalf of the agency the service belongs to. */
    @GetMapping("/office/applications/{number}/attachments/{field}")
    ResponseEntity<byte[]> attachment(@PathVariable String number, @PathVariable String field, Principal principal) {
        var desk = office.requireDesk(pinfl(principal));
        var application = office.open(desk, number);
        var attachment = applications.attachments(number).stream().filter(a -> a.field().equals(field)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "applications.notFound"));
        var content = documents.read(new DocumentId(attachment.document()),
                new Reader.Officer(application.agencyCode()));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(attachment.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(content.content());
    }

    @GetMapping("/office/ratings")
    String comments(Principal principal, Locale locale, Model model) {
        var desk = office.requireDesk(pinfl(principal));
        model.addAttribute("agency", desk.agencyRoot());
        model.addAttribute("figures", ratings.byAgency().stream()
                .filter(figures -> figures.key().equals(desk.agencyRoot())).findFirst().orElse(null));
        model.addAttribute("comments", ratings.comments(desk.agencyRoot()).stream()
                .map(c -> new Comment(c.number(), views.serviceName(c.serviceCode(), locale), c.score(),
                        c.comment())).toList());
        return "applications/office-ratings";
    }

    /** A comment as the page shows it. */
    record Comment(String number, String service, int score, String text) {
    }

    private String show(Office.Desk desk, Application application, Map<String, String> errors, Locale locale,
            Model model) {
        var service = applications.service(application.serviceCode());
        model.addAttribute("app", views.row(application, applications.today(), locale));
        model.addAttribute("status", application.status().name());
        model.addAttribute("facts", views.facts(application.facts(), locale));
        model.addAttribute("answers", views.answers(service, application.answers(), locale));
        model.addAttribute("attachments", applications.attachments(application.number()));
        model.addAttribute("history", applications.history(application.number()));
        model.addAttribute("signature", applications.checkSignature(application));
        model.addAttribute("reason", application.reason());
        model.addAttribute("result", application.result());
        model.addAttribute("awaitingPayment", application.status() == ApplicationStatus.AWAITING_PAYMENT);
        model.addAttribute("keys", signatures.keys(desk.pinfl()).stream()
                .filter(key -> "OFFICIAL".equals(key.profile())).toList());
        model.addAttribute("errors", errors);
        return "applications/office-detail";
    }

    private static Pinfl pinfl(@Nullable Principal principal) {
        if (principal == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        return new Pinfl(principal.getName());
    }
}
