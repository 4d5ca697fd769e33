package uz.yagona.signature.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;
import uz.yagona.signature.Signatures;
import uz.yagona.signature.internal.Certificates;
import uz.yagona.signature.internal.Enrolment;
import uz.yagona.signature.internal.Holder;
import uz.yagona.signature.internal.IssuedCertificate;
import uz.yagona.signature.internal.PinProtectedKeys.WrongPinException;

/**
 * The person's signature pages: my certificates (get one with a PIN-protected key or for my own key's request,
 * revoke), sign a document, and verify a signature (open to anyone).
 */
@Controller
class SignaturePages {

    private static final MediaType P7S = MediaType.parseMediaType("application/pkcs7-signature");

    private final Enrolment enrolment;
    private final Certificates certificates;
    private final Signatures signatures;
    private final MessageSource messages;
    private final Clock clock;

    SignaturePages(Enrolment enrolment, Certificates certificates, Signatures signatures, MessageSource messages,
            Clock clock) {
        this.enrolment = enrolment;
        this.certificates = certificates;
        this.signatures = signatures;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/signatures")
    String certificates(Authentication user, Model model, Locale locale) {
        model.addAttribute("certificates", certificates.heldBy(user.getName()).stream()
                .map(c -> CertificateView.of(c, clock.instant())).toList());
        model.addAttribute("profiles", enrolment.profiles(pinfl(user)).stream()
                .map(profile -> new ProfileOption(profile.id(), label(profile.holder(), locale))).toList());
        return "signature/certificates";
    }

    /** A profile as the person chooses it: as themself, as an officer of an agency, or for a legal entity. */
    record ProfileOption(String id, String label) {
    }

    private String label(Holder holder, Locale locale) {
        var kind = messages.getMessage("signature.profile." + holder.profile(), null, locale);
        return switch (holder) {
            case Holder.Person person -> kind + ": " + person.name().full();
            case Holder.Official official -> kind + ": " + official.agencyName() + ", " + official.position();
            case Holder.LegalEntity entity -> kind + ": " + entity.entityName() + " (" + entity.stir().value() + ")";
            case Holder.Seal seal -> kind + ": " + seal.agencyName();
        };
    }

    @PostMapping("/signatures/certificates/remote")
    String issueRemote(Authentication user, @RequestParam String pin, @RequestParam String pinRepeat,
            @RequestParam(defaultValue = "PERSON") String profile, Model model, Locale locale) {
        if (!pin.equals(pinRepeat)) {
            return certificatesWithError(user, model, "pin", "signature.pin.repeat", locale);
        }
        try {
            var issued = enrolment.issueRemote(pinfl(user), pin, profile);
            return "redirect:/signatures?issued=" + issued.serial();
        } catch (InvalidValueException e) {
            return certificatesWithError(user, model, "pin", e.rule(), locale, e.arguments());
        }
    }

    @PostMapping("/signatures/certificates/request")
    String issueForRequest(Authentication user, @RequestParam("csr") MultipartFile csr,
            @RequestParam(defaultValue = "PERSON") String profile, Model model, Locale locale) throws IOException {
        try {
            var certificate = enrolment.issueForRequest(pinfl(user), csr.getBytes(), profile);
            return "redirect:/signatures?issued=" + Certificates.serialOf(certificate);
        } catch (InvalidValueException e) {
            return certificatesWithError(user, model, "csr", e.rule(), locale);
        }
    }

    /** My certificate as PEM, to install beside the key I keep. */
    @GetMapping("/signatures/certificates/{serial}.pem")
    ResponseEntity<String> download(Authentication user, @PathVariable String serial)
            throws CertificateEncodingException {
        var issued = own(user, serial);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-pem-file"))
                .header("Content-Disposition", ContentDisposition.attachment().filename(serial + ".pem").build()
                        .toString())
                .body(PkiController.pem(issued.certificate()));
    }

    @PostMapping("/signatures/certificates/{serial}/revocation")
    String revoke(Authentication user, @PathVariable String serial) {
        own(user, serial);
        enrolment.revoke(pinfl(user), serial);
        return "redirect:/signatures?revoked=" + serial;
    }

    @GetMapping("/signatures/sign")
    String signForm(Authentication user, Model model) {
        model.addAttribute("keys", certificates.heldBy(user.getName()).stream()
                .filter(c -> c.remote() && c.usableAt(clock.instant()))
                .map(c -> CertificateView.of(c, clock.instant())).toList());
        return "signature/sign";
    }

    /** Signs with the kept key, opened by the PIN for this one signature, and hands back the {@code .p7s}. */
    @PostMapping("/signatures/sign")
    Object sign(Authentication user, @RequestParam("document") MultipartFile document, @RequestParam String serial,
            @RequestParam String pin, Model model, Locale locale) throws IOException {
        String error;
        if (document.isEmpty()) {
            error = "signature.document.required";
        } else {
            try {
                var signature = enrolment.sign(pinfl(user), serial, pin, document.getBytes());
                var name = document.getOriginalFilename() == null || document.getOriginalFilename().isBlank()
                        ? "document" : document.getOriginalFilename();
                return ResponseEntity.ok().contentType(P7S)
                        .header("Content-Disposition", ContentDisposition.attachment()
                                .filename(name + ".p7s", StandardCharsets.UTF_8).build().toString())
                        .body(signature);
            } catch (WrongPinException e) {
                error = "signature.pin.wrong";
            } catch (InvalidValueException e) {
                error = e.rule();
            }
        }
        model.addAttribute("error", messages.getMessage(error, null, locale));
        signForm(user, model);
        return "signature/sign";
    }

    @GetMapping("/signatures/verify")
    String verifyForm() {
        return "signature/verify";
    }

    @PostMapping("/signatures/verify")
    String verify(@RequestParam("document") MultipartFile document,
            @RequestParam(name = "signature", required = false) @Nullable MultipartFile signature, Model model,
            Locale locale) throws IOException {
        if (document.isEmpty()) {
            model.addAttribute("error", messages.getMessage("signature.verify.noDocument", null, locale));
            return "signature/verify";
        }
        try {
            // without a signature file the document is a signed PDF that carries its signatures
            model.addAttribute("report", signature == null || signature.isEmpty()
                    ? signatures.verifyPdf(document.getBytes())
                    : signatures.verify(document.getBytes(), signature.getBytes()));
        } catch (InvalidValueException e) {
            model.addAttribute("error", messages.getMessage(e.rule(), e.arguments(), locale));
        }
        return "signature/verify";
    }

    private String certificatesWithError(Authentication user, Model model, String field, String rule, Locale locale,
            Object... arguments) {
        model.addAttribute(field + "Error", messages.getMessage(rule, arguments, locale));
        certificates(user, model, locale);
        return "signature/certificates";
    }

    private IssuedCertificate own(Authentication user, String serial) {
        return certificates.find(serial).filter(c -> user.getName().equals(c.holderPinfl()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Pinfl pinfl(Authentication user) {
        // the portal's user name is the PINFL
        return new Pinfl(user.getName());
    }
}
