package uz.yagona.enforcement.web;

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
import uz.yagona.enforcement.WritNotFound;
import uz.yagona.enforcement.Writs;
import uz.yagona.enforcement.internal.EnforcementSettings;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.QrCode;

/** "Is this writ genuine?": a public page, no login, and the QR code printed on the writ that leads to it. */
@Controller
class WritVerifyPage {

    private final Writs writs;
    private final EnforcementSettings settings;

    WritVerifyPage(Writs writs, EnforcementSettings settings) {
        this.writs = writs;
        this.settings = settings;
    }

    @GetMapping("/enforcement/writs/verify")
    String page(@RequestParam(required = false) @Nullable String number, Model model, Locale locale) {
        if (number != null && !number.isBlank()) {
            var trimmed = number.strip();
            model.addAttribute("number", trimmed);
            try {
                var verification = writs.verify(trimmed);
                model.addAttribute("verification", verification);
                model.addAttribute("amount", verification.writ().amount() == null ? null
                        : verification.writ().amount().format(locale));
                model.addAttribute("verificationUrl", settings.verificationUrl(trimmed));
            } catch (InvalidValueException e) {
                model.addAttribute("error", "enforcement.writ.number");
            } catch (WritNotFound e) {
                model.addAttribute("error", "enforcement.notFound");
            }
        }
        return "enforcement/verify";
    }

    @GetMapping(value = "/enforcement/writs/{number}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable String number) {
        var writ = writs.find(number).orElseThrow(() -> new WritNotFound(number));
        var png = QrCode.of(settings.verificationUrl(writ.number())).png(6);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS).cachePublic()).body(png);
    }

    @ExceptionHandler({WritNotFound.class, InvalidValueException.class})
    ResponseEntity<Void> unknown() {
        return ResponseEntity.notFound().build();
    }
}
