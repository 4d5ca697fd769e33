package uz.yagona.appeals.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uz.yagona.appeals.Appeal;
import uz.yagona.appeals.InvalidAppeal;
import uz.yagona.appeals.internal.Processing;
import uz.yagona.identity.Persons;
import uz.yagona.shared.Pinfl;

/**
 * The responsible bodies' side of appeals over the API, for officials with a bearer token whose {@code agencies}
 * and {@code roles} claims say where and what they may do: the queue with days left, asking for more, forwarding,
 * interim and final (signed) answers, the head's extension; dispatchers route what the model was unsure of.
 * Another body's appeal is a 404; a step the appeal's state does not allow is a 409.
 */
@RestController
@Tag(name = "Appeals: officials", description = "Queue, answers, extensions, dispatch")
class OfficeApi {

    private final Processing processing;
    private final Persons persons;

    OfficeApi(Processing processing, Persons persons) {
        this.processing = processing;
        this.persons = persons;
    }

    record QueueItem(String number, String kind, String status, String text, @Nullable String topic,
            @Nullable String agency, @Nullable String escalatedTo, @Nullable String district, String applicant,
            Instant receivedAt, LocalDate due, long daysLeft, boolean overdue) {
    }

    record Question(@Nullable String question) {
    }

    record Forward(@Nullable String agency, @Nullable String reason) {
    }

    record Answer(@Nullable String answer, @Nullable String keySerial, @Nullable String pin) {
    }

    record Extension(@Nullable String until, @Nullable String reason) {
    }

    record Route(@Nullable String topic, @Nullable String agency) {
    }

    @Operation(summary = "My bodies' appeals to answer, soonest due first")
    @GetMapping("/api/v1/appeals/office/queue")
    List<QueueItem> queue(@RequestParam(defaultValue = "200") int limit, @AuthenticationPrincipal Jwt token) {
        return run(() -> processing.queue(official(token), Math.clamp(limit, 1, 1000)).stream().map(this::item)
                .toList());
    }

    @Operation(summary = "One appeal of my bodies")
    @GetMapping("/api/v1/appeals/office/{number}")
    QueueItem one(@PathVariable String number, @AuthenticationPrincipal Jwt token) {
        return run(() -> item(processing.one(official(token), number)));
    }

    @Operation(summary = "Ask the applicant for more", description = "The term becomes a month of receipt (once); "
            + "the clock does not stop.")
    @PostMapping("/api/v1/appeals/office/{number}/info-request")
    QueueItem askForMore(@PathVariable String number, @RequestBody Question body, @AuthenticationPrincipal Jwt token)
            throws BindException {
        return checked(() -> item(processing.askForMore(official(token), number, nonNull(body.question()))));
    }

    @Operation(summary = "Forward to the competent body, telling the applicant")
    @PostMapping("/api/v1/appeals/office/{number}/forward")
    QueueItem forward(@PathVariable String number, @RequestBody Forward body, @AuthenticationPrincipal Jwt token)
            throws BindException {
        return checked(() -> item(processing.forward(official(token), number, required("agency", body.agency()),
                nonNull(body.reason()))));
    }

    @Operation(summary = "Give an interim answer")
    @PostMapping("/api/v1/appeals/office/{number}/interim-answer")
    QueueItem interim(@PathVariable String number, @RequestBody Answer body, @AuthenticationPrincipal Jwt token)
            throws BindException {
        return checked(() -> item(processing.interim(official(token), number, nonNull(body.answer()))));
    }

    @Operation(summary = "Give the final answer, signed with my kept key and PIN")
    @PostMapping("/api/v1/appeals/office/{number}/answer")
    QueueItem answer(@PathVariable String number, @RequestBody Answer body, @AuthenticationPrincipal Jwt token)
            throws BindException {
        return checked(() -> item(processing.answer(official(token), number, nonNull(body.answer()),
                required("keySerial", body.keySerial()), required("pin", body.pin()))));
    }

    @Operation(summary = "Extend the term once (head of the body)", description = "until: YYYY-MM-DD, after the "
            + "current due day and at most a month after the term's last day.")
    @PostMapping("/api/v1/appeals/office/{number}/extension")
    QueueItem extend(@PathVariable String number, @RequestBody Extension body, @AuthenticationPrincipal Jwt token)
            throws BindException {
        return checked(() -> {
            LocalDate until;
            try {
                until = LocalDate.parse(required("until", body.until()));
            } catch (DateTimeParseException notADate) {
                throw new InvalidAppeal("until", "appeals.office.date");
            }
            return item(processing.extend(official(token), number, until, nonNull(body.reason())));
        });
    }

    @Operation(summary = "Appeals waiting for a dispatcher, oldest first")
    @GetMapping("/api/v1/appeals/dispatch")
    List<QueueItem> dispatchQueue(@RequestParam(defaultValue = "200") int limit, @AuthenticationPrincipal Jwt token) {
        return run(() -> processing.dispatchQueue(official(token), Math.clamp(limit, 1, 1000)).stream()
                .map(this::item).toList());
    }

    @Operation(summary = "Route an appeal to a topic and body", description = "Kept with the model's guess as "
            + "training data.")
    @PostMapping("/api/v1/appeals/dispatch/{number}")
    QueueItem route(@PathVariable String number, @RequestBody Route body, @AuthenticationPrincipal Jwt token)
            throws BindException {
        return checked(() -> item(processing.route(official(token), number, required("topic", body.topic()),
                required("agency", body.agency()))));
    }

    private QueueItem item(Appeal appeal) {
        var today = processing.today();
        return new QueueItem(appeal.number(), appeal.kind().name(), appeal.status().name(), appeal.text(),
                appeal.topic(), appeal.agency(), appeal.escalatedTo(), appeal.district(), appeal.applicantName(),
                appeal.receivedAt(), appeal.term().due(), appeal.term().daysLeft(today),
                appeal.term().overdueOn(today));
    }

    private Processing.Official official(Jwt token) {
        var pinfl = token.getClaimAsString("pinfl");
        var person = pinfl == null || !pinfl.matches("[0-9]{14}") ? null
                : persons.findByPinfl(new Pinfl(pinfl)).orElse(null);
        if (person == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "appeals.office.forbidden");
        }
        return new Processing.Official(person.id(), person.pinfl(), person.latin().full(),
                new HashSet<>(claim(token, "agencies")), new HashSet<>(claim(token, "roles")));
    }

    private static List<String> claim(Jwt token, String name) {
        var values = token.getClaimAsStringList(name);
        return values == null ? List.of() : values;
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static String required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidAppeal(field, "appeals.field.required");
        }
        return value;
    }

    private interface Step<T> {
        T run();
    }

    private static <T> T run(Step<T> step) {
        try {
            return step.run();
        } catch (Processing.Refused refused) {
            throw status(refused);
        }
    }

    private static <T> T checked(Step<T> step) throws BindException {
        try {
            return run(step);
        } catch (InvalidAppeal invalid) {
            throw InvalidFields.of(invalid);
        }
    }

    static ResponseStatusException status(Processing.Refused refused) {
        var status = refused.conflict() ? HttpStatus.CONFLICT
                : "appeals.office.forbidden".equals(refused.rule()) ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND;
        return new ResponseStatusException(status, refused.rule());
    }
}
