package uz.yagona.licensing.web;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uz.yagona.licensing.LicenceNotFoundException;
import uz.yagona.licensing.Licences;
import uz.yagona.licensing.internal.LicensingSettings;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.QrCode;

/** "Is this licence genuine and valid?": a public page, no login, and the QR code that leads to it. */
@Controller
class LicenceVerifyPageController {

    private final Licences licences;
    private final LicensingSettings settings;

    LicenceVerifyPageController(Licences licences, LicensingSettings settings) {
        this.licences = licences;
        this.settings = settings;
    }

    @GetMapping("/licences/verify")
    String page(@RequestParam(required = false) @Nullable String number, Model model, Locale locale) {
        if (number != null && !number.isBlank()) {
            var trimmed = number.strip();
            model.addAttribute("number", trimmed);
            try {
                var verification = licences.verify(trimmed);
                model.addAttribute("verification", verification);
                model.addAttribute("verificationUrl", settings.verificationUrl(trimmed));
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

    /** The QR code of the licence's verification page, to print on the licence or show on a screen. */
    @GetMapping(value = "/licences/{number}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable String number) {
        var licence = licences.find(number).orElseThrow(() -> new LicenceNotFoundException(number));
        var png = QrCode.of(settings.verificationUrl(licence.number())).png(6);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS).cachePublic()).body(png);
    }

    @ExceptionHandler(LicenceNotFoundException.class)
    ResponseEntity<Void> unknown() {
        return ResponseEntity.notFound().build();
    }
}
