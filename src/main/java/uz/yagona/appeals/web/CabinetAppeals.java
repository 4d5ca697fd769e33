package uz.yagona.appeals.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import uz.yagona.appeals.AppealKind;
import uz.yagona.appeals.Appeals;
import uz.yagona.appeals.Applicant;
import uz.yagona.appeals.Channel;
import uz.yagona.appeals.InvalidAppeal;
import uz.yagona.appeals.NewAppeal;
import uz.yagona.appeals.internal.IntakeChecks;
import uz.yagona.appeals.internal.Processing;
import uz.yagona.identity.LegalEntities;
import uz.yagona.identity.Person;
import uz.yagona.shared.Divisions;

/**
 * My appeals in the cabinet: the list with days left, filing a new one (with files, a place, an institution, for an
 * organisation one represents) by the API's rules, and joining a collective appeal by its number.
 */
@Controller
class CabinetAppeals {

    private final Appeals appeals;
    private final Processing processing;
    private final IntakeChecks checks;
    private final LegalEntities entities;
    private final Divisions divisions;
    private final CabinetAppealView view;

    CabinetAppeals(Appeals appeals, Processing processing, IntakeChecks checks, LegalEntities entities,
            Divisions divisions, CabinetAppealView view) {
        this.appeals = appeals;
        this.processing = processing;
        this.checks = checks;
        this.entities = entities;
        this.divisions = divisions;
        this.view = view;
    }

    /** A district to choose on the form: its code and its name with the region's. */
    record Place(String code, String name) {
    }

    /** An organisation the person may file for: its STIR and name. */
    record Entity(String stir, String name) {
    }

    /** A broken file: its name as sent and the rule it broke. */
    record FileError(String filename, InvalidAppeal.Rule rule) {
    }

    /** The filing form as typed: every field a string, so that nothing typed is lost on an error. */
    record Filing(@Nullable String kind, @Nullable String text, @Nullable String district, @Nullable String address,
            @Nullable String latitude, @Nullable String longitude, @Nullable String institution,
            @Nullable String entityStir) {

        static Filing empty() {
            return new Filing(null, null, null, null, null, null, null, null);
        }
    }

    @GetMapping("/cabinet/appeals")
    String list(Principal principal, Model model) {
        model.addAttribute("appeals", appeals.mine(view.person(principal).id()));
        model.addAttribute("today", processing.today());
        model.addAttribute("number", "");
        model.addAttribute("errors", Map.of());
        return "appeals/list";
    }

    @GetMapping("/cabinet/appeals/new")
    String form(Principal principal, Model model, Locale locale) {
        return form(view.person(principal), Filing.empty(), Map.of(), List.of(), model, locale);
    }

    @PostMapping("/cabinet/appeals")
    String file(@ModelAttribute Filing filing,
            @RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> files,
            Principal principal, Model model, Locale locale) {
        var person = view.person(principal);
        var broken = new LinkedHashMap<String, InvalidAppeal.Rule>();
        AppealKind kind = null;
        if (filing.kind() != null && !filing.kind().isBlank()) {
            try {
                kind = AppealKind.valueOf(filing.kind());
            } catch (IllegalArgumentException unknown) {
                broken.put("kind", new InvalidAppeal.Rule("appeals.kind.unknown"));
            }
        }
        var latitude = degrees(filing.latitude(), "latitude", broken);
        var longitude = degrees(filing.longitude(), "longitude", broken);
        var uploads = uploads(files);
        var appeal = new NewAppeal(kind, filing.text(), Channel.PORTAL, Languages.of(locale),
                blankToNull(filing.entityStir()), blankToNull(filing.district()), latitude, longitude,
                blankToNull(filing.address()), blankToNull(filing.institution()), null, uploads, null);
        try {
            if (!broken.isEmpty()) {
                // the same rules as filing, to show every mistake at once; nothing is stored by a check
                checks.check(appeal);
                return form(person, filing, broken, uploads, model, locale);
            }
            var filed = appeals.submit(appeal, Applicant.person(person.id(), person.pinfl(),
                    person.nameFor(locale).full()));
            return "redirect:/cabinet/appeals/" + filed.number();
        } catch (InvalidAppeal invalid) {
            var all = new LinkedHashMap<>(invalid.fields());
            all.putAll(broken);
            return form(person, filing, all, uploads, model, locale);
        }
    }

    @GetMapping("/cabinet/appeals/join")
    String joining(@RequestParam(defaultValue = "") String number, Model model) {
        return join(number, Map.of(), model);
    }

    @PostMapping("/cabinet/appeals/join")
    String join(@RequestParam(defaultValue = "") String number, Principal principal, Model model, Locale locale) {
        var person = view.person(principal);
        var wanted = number.strip().toUpperCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return join(number, Map.of("number", new InvalidAppeal.Rule("appeals.field.required")), model);
        }
        try {
            appeals.join(wanted, person.id(), person.pinfl(), person.nameFor(locale).full());
            return "redirect:/cabinet/appeals/" + wanted + "?joined";
        } catch (InvalidAppeal refused) {
            return join(number, refused.fields(), model);
        }
    }

    private String join(String number, Map<String, InvalidAppeal.Rule> errors, Model model) {
        model.addAttribute("number", number);
        model.addAttribute("errors", errors);
        return "appeals/join";
    }

    private String form(Person person, Filing filing, Map<String, InvalidAppeal.Rule> errors,
            List<NewAppeal.Upload> uploads, Model model, Locale locale) {
        var fileErrors = new ArrayList<FileError>();
        errors.forEach((field, rule) -> {
            if (field.equals("attachments")) {
                fileErrors.add(new FileError("", rule));
            } else if (field.startsWith("attachments[")) {
                var index = Integer.parseInt(field.substring("attachments[".length(), field.length() - 1));
                fileErrors.add(new FileError(uploads.get(index).filename(), rule));
            }
        });
        model.addAttribute("errors", errors);
        model.addAttribute("fileErrors", fileErrors);
        model.addAttribute("filing", filing);
        model.addAttribute("kinds", AppealKind.values());
        model.addAttribute("entities", entities.representedBy(person.id()).stream()
                .map(r -> new Entity(r.entity().stir().value(), r.entity().name())).toList());
        model.addAttribute("places", divisions.regions().stream()
                .flatMap(region -> divisions.districtsOf(region.soato()).stream()
                        .map(d -> new Place(d.soato().value(), region.name().in(locale) + " — " + d.name().in(locale))))
                .toList());
        view.limits(model);
        return "appeals/form";
    }

    /** The files chosen; an empty file input sends a part without a name or bytes, which is no file. */
    static List<NewAppeal.Upload> uploads(@Nullable List<MultipartFile> files) {
        var uploads = new ArrayList<NewAppeal.Upload>();
        for (var file : files == null ? List.<MultipartFile>of() : files) {
            var name = Objects.requireNonNullElse(file.getOriginalFilename(), "");
            if (name.isEmpty() && file.isEmpty()) {
                continue;
            }
            try {
                uploads.add(new NewAppeal.Upload(name, file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uploads;
    }

    private static @Nullable Double degrees(@Nullable String typed, String field,
            Map<String, InvalidAppeal.Rule> broken) {
        var value = blankToNull(typed);
        if (value == null) {
            return null;
        }
        try {
            var degrees = Double.parseDouble(value.replace(',', '.'));
            if (Double.isFinite(degrees)) {
                return degrees;
            }
        } catch (NumberFormatException notANumber) {
            // told below
        }
        broken.put(field, new InvalidAppeal.Rule("appeals.point.number"));
        return null;
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
