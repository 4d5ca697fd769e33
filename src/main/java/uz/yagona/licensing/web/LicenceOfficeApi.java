package uz.yagona.licensing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uz.yagona.licensing.Licence;
import uz.yagona.licensing.LicenceNotFoundException;
import uz.yagona.licensing.LicenceType;
import uz.yagona.licensing.Licences;
import uz.yagona.licensing.internal.LicensingSettings;
import uz.yagona.shared.InvalidValueException;

/**
 * The issuing agency's officers (of any office under the agency's root, such as {@code MOH.1726} for {@code MOH})
 * and platform administrators issue, suspend, resume and revoke licences; anyone else gets a 403 problem.
 */
@RestController
@RequestMapping("/api/v1/licences")
@Tag(name = "Licences", description = "Issue and change licences (officers of the issuing agency)")
class LicenceOfficeApi {

    private final Licences licences;
    private final LicenceProblems problems;
    private final LicensingSettings settings;

    LicenceOfficeApi(Licences licences, LicenceProblems problems, LicensingSettings settings) {
        this.licences = licences;
        this.problems = problems;
        this.settings = settings;
    }

    record NewLicence(@NotBlank String type, @NotBlank String holderId, @NotBlank @Size(max = 300) String holderName,
            @NotBlank @Size(max = 2000) String scope, @NotNull LocalDate validFrom, @NotNull LocalDate validUntil) {
    }

    record Reason(@NotBlank @Size(max = 2000) String reason) {
    }

    /** What the officer gets back: the licence as stored and where anyone can check it. */
    record Issued(String number, String type, String holderId, String holderName, String scope, LocalDate validFrom,
            LocalDate validUntil, String agency, String state, @Nullable String reason, int version,
            String verificationUrl) {

        static Issued of(Licence l, String verificationUrl) {
            return new Issued(l.number(), l.typeCode(), l.holderId(), l.holderName(), l.scope(), l.validFrom(),
                    l.validUntil(), l.agencyCode(), l.state().name(), l.reason(), l.version(), verificationUrl);
        }
    }

    /** The caller may not act for the agency that issues this licence. */
    static final class ForeignAgency extends RuntimeException {
        final String agency;

        ForeignAgency(String agency) {
            super("Not an officer of " + agency);
            this.agency = agency;
        }
    }

    @Operation(summary = "Issue a licence", description = "Numbered L-<year>-NNNNNN, sealed by the agency and "
            + "anchored in the ledger. The agency is the licence type's; the caller must be its officer.")
    @PostMapping
    ResponseEntity<Issued> issue(@Valid @RequestBody NewLicence body, @AuthenticationPrincipal Jwt token) {
        var type = licences.types().stream().filter(t -> t.code().equals(body.type())).findFirst()
                .map(LicenceType::agencyCode)
                .orElseThrow(() -> new InvalidValueException("licensing.type.unknown", "No such type", body.type()));
        authorise(token, type);
        var licence = licences.issue(body.type(), body.holderId().strip(), body.holderName(), body.scope(),
                body.validFrom(), body.validUntil(), type);
        var issued = Issued.of(licence, settings.verificationUrl(licence.number()));
        return ResponseEntity.created(URI.create("/api/v1/licences/" + licence.number())).body(issued);
    }

    @Operation(summary = "Suspend a valid licence", description = "The reason is required and published.")
    @PostMapping("/{number}/suspension")
    Issued suspend(@PathVariable String number, @Valid @RequestBody Reason body, @AuthenticationPrincipal Jwt token) {
        return change(number, token, () -> licences.suspend(number, body.reason()));
    }

    @Operation(summary = "Resume a suspended licence", description = "The reason is required and published.")
    @PostMapping("/{number}/resumption")
    Issued resume(@PathVariable String number, @Valid @RequestBody Reason body, @AuthenticationPrincipal Jwt token) {
        return change(number, token, () -> licences.resume(number, body.reason()));
    }

    @Operation(summary = "Revoke a licence for good", description = "The reason is required and published.")
    @PostMapping("/{number}/revocation")
    Issued revoke(@PathVariable String number, @Valid @RequestBody Reason body, @AuthenticationPrincipal Jwt token) {
        return change(number, token, () -> licences.revoke(number, body.reason()));
    }

    private Issued change(String number, Jwt token, Supplier<Licence> action) {
        var licence = licences.find(number).orElseThrow(() -> new LicenceNotFoundException(number));
        authorise(token, licence.agencyCode());
        var changed = action.get();
        return Issued.of(changed, settings.verificationUrl(changed.number()));
    }

    /** An officer of an office under the agency's root, or a platform administrator. */
    private static void authorise(Jwt token, String agency) {
        var roles = claim(token, "roles");
        var root = agency.split("\\.")[0];
        boolean officer = claim(token, "agencies").stream().anyMatch(code -> code.split("\\.")[0].equals(root));
        if (!officer && !roles.contains("ADMIN")) {
            throw new ForeignAgency(agency);
        }
    }

    private static List<String> claim(Jwt token, String name) {
        var values = token.getClaimAsStringList(name);
        return values == null ? List.of() : values;
    }

    @ExceptionHandler(ForeignAgency.class)
    ResponseEntity<ProblemDetail> forbidden(ForeignAgency ex, HttpServletRequest request, Locale locale) {
        return problems.problem(HttpStatus.FORBIDDEN, "licensing.problem.forbidden.title", null,
                "licensing.agency.forbidden", new Object[] {ex.agency}, request, locale);
    }

    @ExceptionHandler(LicenceNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(LicenceNotFoundException ex, HttpServletRequest request, Locale locale) {
        return problems.problem(HttpStatus.NOT_FOUND, "problem.notFound.title", null, "licensing.notFound",
                new Object[] {ex.number()}, request, locale);
    }

    /** A broken rule of the licence, with the field of the request it came from. */
    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidValueException ex, HttpServletRequest request, Locale locale) {
        var arguments = ex.arguments();
        var field = switch (ex.rule()) {
            case "licensing.type.unknown", "licensing.agency.mismatch" -> "type";
            case "licensing.holder.format" -> "holderId";
            case "licensing.validity.order" -> "validUntil";
            case "licensing.number.format" -> "number";
            case "licensing.text.length" -> arguments.length > 0 ? String.valueOf(arguments[0]) : null;
            default -> null;
        };
        return problems.problem(HttpStatus.BAD_REQUEST, "problem.validation.title", field, ex.rule(), arguments,
                request, locale);
    }
}
