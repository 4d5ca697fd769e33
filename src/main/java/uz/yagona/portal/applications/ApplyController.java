package uz.yagona.portal.applications;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import uz.yagona.identity.Person;
import uz.yagona.identity.Persons;
import uz.yagona.portal.PublicService;
import uz.yagona.shared.Pinfl;
import uz.yagona.signature.Signatures;

/**
 * The application form of any catalog service: a consent step when the service prefills from the registries,
 * then the form with the registries' facts read-only and only the service's own fields; errors are shown beside
 * their fields in the reader's language and nothing is stored until the form is right.
 */
@Controller
class ApplyController {

    private static final String DRAFT = "yagona.application.";

    private final Applications applications;
    private final Persons persons;
    private final Signatures signatures;
    private final Views views;

    ApplyController(Applications applications, Persons persons, Signatures signatures, Views views) {
        this.applications = applications;
        this.persons = persons;
        this.signatures = signatures;
        this.views = views;
    }

    @GetMapping("/services/{code}/apply")
    String start(@PathVariable String code, @Nullable Principal principal, HttpSession session, Locale locale,
            Model model) {
        if (principal == null) {
            return "redirect:/login";
        }
        var service = applications.service(code);
        if (!service.prefill().isEmpty()) {
            model.addAttribute("service", service);
            model.addAttribute("serviceName", service.name().in(locale));
            model.addAttribute("prefill", service.prefill().stream().sorted()
                    .map(item -> views.text("applications.prefill." + item.name(), locale)).toList());
            return "applications/consent";
        }
        return form(service, person(principal), false, session, locale, model);
    }

    @PostMapping("/services/{code}/apply/form")
    String consented(@PathVariable String code, @RequestParam(defaultValue = "") String consent,
            @Nullable Principal principal, HttpSession session, Locale locale, Model model) {
        if (principal == null) {
            return "redirect:/login";
        }
        boolean given = "on".equals(consent) || "true".equals(consent);
        return form(applications.service(code), person(principal), given, session, locale, model);
    }

    @PostMapping("/services/{code}/apply")
    String submit(@PathVariable String code, @RequestParam Map<String, String> form, HttpServletRequest request,
            @Nullable Principal principal, HttpSession session, Locale locale, Model model) {
        if (principal == null) {
            return "redirect:/login";
        }
        var number = form.getOrDefault("number", "");
        var draft = number.matches("ARZ-[0-9]{4}-[0-9]{7,}")
                && session.getAttribute(DRAFT + number) instanceof Applications.Draft kept
                && kept.serviceCode().equals(code) ? kept : null;
        if (draft == null) {
            return "redirect:/services/" + code + "/apply";
        }
        var person = person(principal);
        var service = applications.service(code);
        try {
            applications.submit(person.id(), person.pinfl(), new Applications.Submission(draft, form,
                    files(request), form.get("keySerial"), form.get("pin"), null, locale));
        } catch (InvalidAnswers invalid) {
            var values = new HashMap<>(form);
            values.remove("pin");
            return show(service, draft, person.pinfl(), values, views.errors(invalid, locale), locale, model);
        } catch (DuplicateKeyException sentTwice) {
            // the same form sent again while the first was being stored (a double click): that one counts
        }
        session.removeAttribute(DRAFT + number);
        return "redirect:/cabinet/applications/" + number + "?submitted";
    }

    private String form(PublicService service, Person person, boolean consent, HttpSession session, Locale locale,
            Model model) {
        var draft = applications.draft(service, person.id(), person.pinfl(), consent, locale);
        session.setAttribute(DRAFT + draft.number(), draft);
        model.addAttribute("notInRegistries", consent && draft.facts().isEmpty());
        return show(service, draft, person.pinfl(), Map.of(), Map.of(), locale, model);
    }

    private String show(PublicService service, Applications.Draft draft, Pinfl pinfl, Map<String, String> values,
            Map<String, String> errors, Locale locale, Model model) {
        model.addAttribute("service", service);
        model.addAttribute("serviceName", service.name().in(locale));
        model.addAttribute("fee", service.paid() ? service.fee().format(locale) : null);
        model.addAttribute("number", draft.number());
        model.addAttribute("facts", views.facts(draft.facts(), locale));
        model.addAttribute("fields", views.fields(service, Applications.declared(service, draft), locale));
        model.addAttribute("keys", service.signatureRequired() ? signatures.keys(pinfl) : List.of());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "applications/form";
    }

    private Person person(Principal principal) {
        return persons.findByPinfl(new Pinfl(principal.getName())).orElseThrow();
    }

    private static Map<String, Applications.Upload> files(HttpServletRequest request) {
        var files = new HashMap<String, Applications.Upload>();
        if (request instanceof MultipartHttpServletRequest multipart) {
            multipart.getFileMap().forEach((name, file) -> {
                try {
                    files.put(name, new Applications.Upload(
                            file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }
}
