package uz.yagona.licensing.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uz.yagona.licensing.LicenceNotFoundException;
import uz.yagona.licensing.Licences;
import uz.yagona.shared.InvalidValueException;

/** "Is this licence genuine and valid?": a public page, no login. */
@Controller
class LicenceVerifyPageController {

    private final Licences licences;

    LicenceVerifyPageController(Licences licences) {
        this.licences = licences;
    }

    @GetMapping("/licences/verify")
    String page(@RequestParam(required = false) @Nullable String number, Model model, Locale locale) {
        if (number != null && !number.isBlank()) {
            var trimmed = number.strip();
            model.addAttribute("number", trimmed);
            try {
                var verification = licences.verify(trimmed);
                model.addAttribute("verification", verification);
                model.addAttribute("typeName", licences.types().stream()
                        .filter(t -> t.code().equals(verification.licence().typeCode()))
                        .map(t -> t.name().in(locale)).findFirst().orElse(verification.licence().typeCode()));
            } catch (InvalidValueException e) {
                model.addAttribute("error", "licensing.number.format");
            } catch (LicenceNotFoundException e) {
                model.addAttribute("error", "licensing.notFound");
            }
        }
        return "licensing/verify";
    }
}
