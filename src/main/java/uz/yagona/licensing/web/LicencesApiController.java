package uz.yagona.licensing.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uz.yagona.licensing.LicenceNotFoundException;
import uz.yagona.licensing.Licences;
import uz.yagona.licensing.Verification;

/** Public verification of a licence by number: no login. */
@RestController
class LicencesApiController {

    private final Licences licences;
    private final MessageSource messages;

    LicencesApiController(Licences licences, MessageSource messages) {
        this.licences = licences;
        this.messages = messages;
    }

    /** The licence as anyone may check it. */
    record LicenceJson(String number, String type, String typeName, String holderId, String holderName,
            String scope, LocalDate validFrom, LocalDate validUntil, String agency, String status,
            @Nullable String reason, int version, @Nullable Long ledgerIndex, boolean intact,
            String recomputedDigest, @Nullable String ledgerDigest) {

        static LicenceJson of(Verification v, String typeName) {
            var l = v.licence();
            return new LicenceJson(l.number(), l.typeCode(), typeName, l.holderId(), l.holderName(), l.scope(),
                    l.validFrom(), l.validUntil(), l.agencyCode(), v.status().name(), l.reason(), l.version(),
                    v.ledgerIndex(), v.intact(), v.recomputedDigest(), v.ledgerDigest());
        }
    }

    record Error(@Nullable String field, String rule, String message) {
    }

    @GetMapping("/api/v1/licences/{number}")
    LicenceJson licence(@PathVariable String number, Locale locale) {
        var verification = licences.verify(number);
        var typeName = licences.types().stream().filter(t -> t.code().equals(verification.licence().typeCode()))
                .map(t -> t.name().in(locale)).findFirst().orElse(verification.licence().typeCode());
        return LicenceJson.of(verification, typeName);
    }

    @ExceptionHandler(LicenceNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(LicenceNotFoundException ex, HttpServletRequest request, Locale locale) {
        var rule = "licensing.notFound";
        var message = messages.getMessage(rule, new Object[] {ex.number()}, locale);
        var problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
        problem.setType(URI.create("urn:yagona:problem:" + rule));
        problem.setTitle(messages.getMessage("problem.notFound.title", null, locale));
        problem.setDetail(message);
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", List.of(new Error(null, rule, message)));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
