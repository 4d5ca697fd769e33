package uz.yagona.portal.applications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uz.yagona.identity.Person;
import uz.yagona.identity.Persons;
import uz.yagona.shared.Pinfl;

/** Applications over REST for the citizen holding the bearer token: submit, read one, list mine. */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Applications", description = "Applications for the catalog's public services")
class ApplicationsApi {

    private final Applications applications;
    private final Persons persons;

    ApplicationsApi(Applications applications, Persons persons) {
        this.applications = applications;
        this.persons = persons;
    }

    /**
     * What a client sends: the service's code, whether the applicant consents to prefill from the registries, the
     * answers by field name, and for a service that requires it the signing key's serial and its PIN.
     */
    record NewApplication(@Nullable String service, @Nullable Boolean consent, @Nullable Map<String, String> answers,
            @Nullable String keySerial, @Nullable String pin) {
    }

    record Fee(long tiyin) {
    }

    /** An application as the API shows it; {@code payUrl} while the fee waits to be paid. */
    record ApplicationJson(String number, String service, String status, Instant submittedAt,
            @Nullable LocalDate dueDate, @Nullable Long daysLeft, Fee fee, @Nullable UUID invoice,
            @Nullable String payUrl, Map<String, String> answers, Map<String, String> facts,
            @Nullable String reason, @Nullable String resultNumber) {
    }

    @Operation(summary = "Submit an application",
            description = "Checks the answers against the service's form (400 naming each broken field as "
                    + "answers.<name>), prefills from the registries with consent, issues the fee's invoice. "
                    + "An Idempotency-Key header makes a retry return the first application.")
    @PostMapping
    ResponseEntity<ApplicationJson> submit(@RequestBody NewApplication body,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            @AuthenticationPrincipal Jwt token, Locale locale) throws BindException {
        var person = person(token);
        if (body.service() == null || body.service().isBlank()) {
            throw invalid(Map.of("service", new InvalidAnswers.Broken("applications.field.required")));
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw invalid(Map.of("Idempotency-Key", new InvalidAnswers.Broken("applications.field.tooLong", 100)));
        }
        if (idempotencyKey != null) {
            // a retry: answered from what the first call stored, before any number is taken or registry read
            var first = applications.byIdempotencyKey(person.id(), idempotencyKey);
            if (first != null) {
                return ResponseEntity.created(URI.create("/api/v1/applications/" + first.number())).body(json(first));
            }
        }
        var service = applications.findService(body.service())
                .orElseThrow(() -> invalid(Map.of("service",
                        new InvalidAnswers.Broken("applications.service.unknown"))));
        try {
            var draft = applications.draft(service, person.id(), person.pinfl(), Boolean.TRUE.equals(body.consent()),
                    locale);
            var application = applications.submit(person.id(), person.pinfl(), new Applications.Submission(draft,
                    body.answers() == null ? Map.of() : body.answers(), Map.of(), body.keySerial(), body.pin(),
                    idempotencyKey, locale));
            return ResponseEntity.created(URI.create("/api/v1/applications/" + application.number()))
                    .body(json(application));
        } catch (DuplicateKeyException raced) {
            // the same idempotency key sent twice at once: the first one stored is the answer to both
            var first = idempotencyKey == null ? null : applications.byIdempotencyKey(person.id(), idempotencyKey);
            if (first == null) {
                throw raced;
            }
            return ResponseEntity.created(URI.create("/api/v1/applications/" + first.number())).body(json(first));
        } catch (InvalidAnswers broken) {
            var fields = new HashMap<String, InvalidAnswers.Broken>();
            broken.fields().forEach((field, rule) -> fields.put(
                    List.of("service", "keySerial", "pin").contains(field) ? field : "answers." + field, rule));
            throw invalid(fields);
        }
    }

    @Operation(summary = "One of my applications")
    @GetMapping("/{number}")
    ApplicationJson one(@PathVariable String number, @AuthenticationPrincipal Jwt token) {
        return json(applications.mine(number, person(token).id()));
    }

    @Operation(summary = "My applications, newest first")
    @GetMapping
    List<ApplicationJson> mine(@AuthenticationPrincipal Jwt token) {
        return applications.mine(person(token).id()).stream().map(this::json).toList();
    }

    private ApplicationJson json(Application application) {
        var invoice = application.invoiceId();
        var result = application.result();
        return new ApplicationJson(application.number(), application.serviceCode(), application.status().name(),
                application.submittedAt(), application.dueDate(), application.daysLeft(applications.today()),
                new Fee(application.fee().tiyin()), invoice,
                invoice != null && application.status() == ApplicationStatus.AWAITING_PAYMENT
                        ? "/payments/sandbox/" + invoice : null,
                application.answers(), application.facts(), application.reason(),
                result == null ? null : result.registrationNumber());
    }

    private Person person(Jwt token) {
        var pinfl = token.getClaimAsString("pinfl");
        if (pinfl == null || !pinfl.matches("[0-9]{14}")) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "applications.api.personOnly");
        }
        return persons.findByPinfl(new Pinfl(pinfl))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "applications.api.personOnly"));
    }

    private static BindException invalid(Map<String, InvalidAnswers.Broken> fields) {
        var result = new MapBindingResult(new HashMap<>(), "application");
        fields.forEach((field, broken) -> result.addError(new FieldError("application", field, null, false,
                new String[] {broken.rule()}, broken.arguments(), broken.rule())));
        return new BindException(result);
    }
}
