package uz.yagona.portal.web;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.LocalDate;
import java.time.Year;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uz.yagona.exchange.Exchange;
import uz.yagona.exchange.PersonalData;
import uz.yagona.exchange.RequestContext;
import uz.yagona.exchange.SubjectNotFound;
import uz.yagona.identity.Persons;
import uz.yagona.shared.Divisions;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;

/**
 * Application for a certificate of registered address (<i>doimiy roʻyxat haqida maʼlumotnoma</i>), once-only:
 * with the person's consent the form shows what the registries hold (name, PINFL, birth date, address,
 * passport) read-only, taken through the exchange and logged there, and asks only for what they do not hold.
 * Without consent it asks for everything.
 */
@Controller
class AddressCertificateController {

    static final String PATH = "/services/address-certificate";
    static final String BASIS = "Consent of the person to prefill application form (once-only principle)";
    private static final String PREFILLED = "yagona.prefilled.";

    /** Fields the person types when the registries do not give them. */
    static final List<String> PERSON_FIELDS = List.of("lastName", "firstName", "patronymic", "pinfl", "birthDate");
    static final List<String> ADDRESS_FIELDS = List.of("mahalla", "street", "house", "apartment");
    static final List<String> OPTIONAL = List.of("patronymic", "apartment");

    private final Exchange exchange;
    private final Persons persons;
    private final Divisions divisions;

    AddressCertificateController(Exchange exchange, Persons persons, Divisions divisions) {
        this.exchange = exchange;
        this.persons = persons;
        this.divisions = divisions;
    }

    @GetMapping(PATH)
    String start() {
        return "portal/address-certificate-start";
    }

    /** After the consent step: prefill from the registries if consented, else an empty form. */
    @PostMapping(PATH + "/form")
    String form(@RequestParam(defaultValue = "") String consent, Principal principal, HttpSession session,
            Locale locale, Model model) {
        var reference = "ARZ-" + Year.now() + "-" + HexFormat.of().formatHex(randomBytes());
        model.addAttribute("reference", reference);
        PersonalData data = null;
        if ("on".equals(consent) || "true".equals(consent)) {
            var person = persons.findByPinfl(new Pinfl(principal.getName())).orElseThrow();
            try {
                data = exchange.personalData(person.pinfl(), RequestContext.self(person.id(), BASIS, reference));
            } catch (SubjectNotFound notFound) {
                model.addAttribute("notInRegistries", true);
            }
        }
        var prefill = new Prefill(data == null ? new LinkedHashMap<>() : facts(data, locale), asked(data));
        session.setAttribute(PREFILLED + reference, prefill);
        return show(model, prefill, Map.of(), Map.of());
    }

    /** What the registries gave (shown read-only) and what the form still asks; kept in the session. */
    record Prefill(LinkedHashMap<String, String> facts, List<String> asked) implements java.io.Serializable {
        Prefill {
            asked = new java.util.ArrayList<>(asked);
        }
    }

    @PostMapping(PATH)
    String submit(@RequestParam Map<String, String> form, HttpSession session, Locale locale, Model model) {
        var reference = form.getOrDefault("reference", "");
        var prefill = reference.matches("ARZ-[0-9]{4}-[0-9a-f]{8}")
                && session.getAttribute(PREFILLED + reference) instanceof Prefill kept ? kept : null;
        if (prefill == null) {
            return "redirect:" + PATH;
        }
        model.addAttribute("reference", reference);
        var errors = new LinkedHashMap<String, String>();
        for (var field : prefill.asked()) {
            var value = form.getOrDefault(field, "").strip();
            if (value.isEmpty() && !OPTIONAL.contains(field)) {
                errors.put(field, "portal.addressCertificate.required");
            } else if (value.length() > 200) {
                errors.put(field, "portal.addressCertificate.tooLong");
            } else if (field.equals("pinfl") && !value.isEmpty()) {
                try {
                    Pinfl.parse(value);
                } catch (InvalidValueException e) {
                    errors.put(field, e.rule());
                }
            } else if (field.equals("birthDate") && !value.isEmpty()) {
                try {
                    LocalDate.parse(value);
                } catch (java.time.DateTimeException e) {
                    errors.put(field, "portal.addressCertificate.date");
                }
            }
        }
        if (!errors.isEmpty()) {
            return show(model, prefill, form, errors);
        }
        session.removeAttribute(PREFILLED + reference);
        model.addAttribute("prefilled", !prefill.facts().isEmpty());
        return "portal/address-certificate-accepted";
    }

    /** What the form asks for: everything the registries did not give, and always the purpose. */
    static List<String> asked(@Nullable PersonalData data) {
        var asked = new java.util.ArrayList<String>();
        if (data == null) {
            asked.addAll(PERSON_FIELDS);
        }
        if (data == null || !data.hasAddress()) {
            asked.addAll(ADDRESS_FIELDS);
        }
        if (data == null || data.passport() == null) {
            asked.add("passport");
        }
        asked.add("purpose");
        return asked;
    }

    private static String show(Model model, Prefill prefill, Map<String, String> values,
            Map<String, String> errors) {
        model.addAttribute("facts", prefill.facts());
        model.addAttribute("asked", prefill.asked());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "portal/address-certificate";
    }

    /**
     * The registries' answer as label keys and values, in the reader's script: Cyrillic for uz-Cyrl and for ru
     * (Russian-language documents in Uzbekistan write Uzbek names and addresses in Cyrillic, as the passport
     * and the propiska stamp do), Latin for uz-Latn and en (English documents use the official Latin form).
     * The district is named by the shared divisions in the page's own language.
     */
    private LinkedHashMap<String, String> facts(PersonalData data, Locale locale) {
        var facts = new LinkedHashMap<String, String>();
        boolean cyrillic = "Cyrl".equals(locale.getScript()) || "ru".equals(locale.getLanguage());
        facts.put("name", cyrillic ? data.fullNameCyrillic() : data.fullNameLatin());
        facts.put("pinfl", data.pinfl().value());
        facts.put("birthDate", data.birthDate().toString());
        if (data.district() != null) {
            var district = divisions.district(data.district()).map(found -> found.name().in(locale))
                    .orElse(data.district().value());
            var apartment = data.apartment() == null ? "" : ", " + data.apartment();
            var mahalla = cyrillic && data.mahallaCyrillic() != null ? data.mahallaCyrillic() : data.mahalla();
            var street = cyrillic && data.streetCyrillic() != null ? data.streetCyrillic() : data.street();
            facts.put("address", district + ", " + mahalla + ", " + street + " " + data.house() + apartment);
        }
        if (data.passport() != null) {
            facts.put("passport", data.passport() + " (" + data.passportValidUntil() + ")");
        }
        return facts;
    }

    private static byte[] randomBytes() {
        var bytes = new byte[4];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
