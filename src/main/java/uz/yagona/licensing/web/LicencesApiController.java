package uz.yagona.licensing.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uz.yagona.licensing.LicenceNotFoundException;
import uz.yagona.licensing.Licences;
import uz.yagona.licensing.Verification;
import uz.yagona.licensing.internal.LicensingSettings;

/** Public verification of a licence by number or by the text of its QR code: no login. */
@RestController
class LicencesApiController {

    private final Licences licences;
    private final LicenceProblems problems;
    private final LicensingSettings links;

    LicencesApiController(Licences licences, LicenceProblems problems, LicensingSettings links) {
        this.licences = licences;
        this.problems = problems;
        this.links = links;
    }

    /** The licence as anyone may check it. */
    record LicenceJson(String number, String type, String typeName, String holderId, String holderName,
            String scope, LocalDate validFrom, LocalDate validUntil, String agency, String status,
            @Nullable String reason, int version, @Nullable Long ledgerIndex, boolean intact,
            String recomputedDigest, @Nullable String ledgerDigest, boolean sealValid, @Nullable String sealedBy,
            @Nullable Long treeSize, boolean proofValid, boolean genuine, String verificationUrl) {

        static LicenceJson of(Verification v, String typeName, String verificationUrl) {
            var l = v.licence();
            return new LicenceJson(l.number(), l.typeCode(), typeName, l.holderId(), l.holderName(), l.scope(),
                    l.validFrom(), l.validUntil(), l.agencyCode(), v.status().name(), l.reason(), l.version(),
                    v.ledgerIndex(), v.intact(), v.recomputedDigest(), v.ledgerDigest(), v.sealValid(), v.sealedBy(),
                    v.treeSize(), v.proofValid(), v.genuine(), verificationUrl);
        }
    }

    @GetMapping("/api/v1/licences/{number}")
    LicenceJson licence(@PathVariable String number, Locale locale) {
        var verification = licences.verify(number);
        var typeName = licences.types().stream().filter(t -> t.code().equals(verification.licence().typeCode()))
                .map(t -> t.name().in(locale)).findFirst().orElse(verification.licence().typeCode());
        return LicenceJson.of(verification, typeName, links.verificationUrl(verification.licence().number()));
    }

    @GetMapping("/api/v1/licences/verification")
    LicenceJson byQrCode(@RequestParam String qr, Locale locale) {
        return licence(QrPayload.number(qr), locale);
    }

    @ExceptionHandler(LicenceNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(LicenceNotFoundException ex, HttpServletRequest request, Locale locale) {
        return problems.problem(HttpStatus.NOT_FOUND, "problem.notFound.title", null, "licensing.notFound",
                new Object[] {ex.number()}, request, locale);
    }
}
